package in.eofficemonitor.alerts.recipients;

/**
 * What a recipient (and the same person as a dashboard user) may see: the whole state, one district,
 * one office, or one police unit. POLICE is kept apart from OFFICE because police units are a
 * category of their own in the rollout, with their own reporting line.
 */
public enum Role {
    STATE,
    DISTRICT,
    OFFICE,
    POLICE
}
