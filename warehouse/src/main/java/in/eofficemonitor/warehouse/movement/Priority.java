package in.eofficemonitor.warehouse.movement;

/** e-Office priority; each has its own stuck threshold (CSMOP para 60 defaults: 7, 3, 1 working days). */
public enum Priority {
    NORMAL,
    IMMEDIATE,
    MOST_IMMEDIATE
}
