package in.eofficemonitor.alerts.recipients;

import java.util.Locale;

/** The mails the product sends; {@link #key()} names them in configuration and the delivery log. */
public enum ReportKind {
    /** Monday pendency report: state summary, a district, or an office. */
    WEEKLY_PENDENCY,
    /** Daily: files that became stuck since the last run, to the office head (and the Collector if long stuck). */
    STUCK_ESCALATION,
    /** Weekly rollout digest: stage moves, silent live offices, idle desks (state, and each district). */
    ROLLOUT_DIGEST;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReportKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ReportKind k : values()) {
            if (k.key().equals(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown report '" + text + "' (use weekly-pendency, stuck-escalation, rollout-digest)");
    }

    boolean fits(Role role) {
        return switch (this) {
            case WEEKLY_PENDENCY -> true;
            case STUCK_ESCALATION -> role != Role.STATE;
            case ROLLOUT_DIGEST -> role == Role.STATE || role == Role.DISTRICT;
        };
    }
}
