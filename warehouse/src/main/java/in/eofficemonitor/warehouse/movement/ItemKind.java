package in.eofficemonitor.warehouse.movement;

/** A file (नस्ती) or an incoming letter (receipt, डाक). Pendency counts them separately. */
public enum ItemKind {
    FILE,
    RECEIPT
}
