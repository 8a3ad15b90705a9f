package in.eofficemonitor.alerts.delivery;

import java.time.Instant;

/** One row of the delivery log, as the dashboard lists it. */
public record DeliveryRecord(DeliveryKey key, String claimToken, String instance, DeliveryStatus status, int attempts,
                             String email, String messageId, String error, Instant claimedAt, Instant updatedAt) {}
