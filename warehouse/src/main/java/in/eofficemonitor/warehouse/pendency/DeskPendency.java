package in.eofficemonitor.warehouse.pendency;

/** One desk with something pending as of a time: its pendency and how work flows through it (pendency/desks). */
public record DeskPendency(PendencyRow pendency, DeskFlow flow) {}
