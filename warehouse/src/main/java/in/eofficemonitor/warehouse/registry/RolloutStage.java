package in.eofficemonitor.warehouse.registry;

/** How far an office has come on e-Office, in the order offices pass through the stages. */
public enum RolloutStage {
    NOT_STARTED,
    EMAIL_IDS_CREATED,
    TRAINED,
    IN_PROGRESS,
    LIVE
}
