package in.eofficemonitor.alerts.delivery;

import in.eofficemonitor.alerts.recipients.ReportKind;

/** What "at most one successful mail" is counted over: one report, one recipient, one period. */
public record DeliveryKey(ReportKind report, String recipientId, String period) {

    /** A Message-ID derived from the key: a mail tried twice carries the same id (clients can dedupe). */
    public String messageId(String claimToken) {
        return "<" + report.key() + "." + period + "." + recipientId.replaceAll("[^A-Za-z0-9._-]", "_") + "."
                + claimToken.substring(0, Math.min(8, claimToken.length())) + "@eoffice-monitor>";
    }

    @Override
    public String toString() {
        return report.key() + "/" + recipientId + "/" + period;
    }
}
