package in.eofficemonitor.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.recipients.ReportKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimArbiterTest {

    private static final DeliveryKey KEY = new DeliveryKey(ReportKind.WEEKLY_PENDENCY, "dm-kannauj", "2026-W47");
    private static final Instant T0 = Instant.parse("2026-11-23T03:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(20);

    private static DeliveryRecord claim(String token, DeliveryStatus status, Instant claimedAt, Instant updatedAt) {
        return new DeliveryRecord(KEY, token, "host-" + token, status, 0, "dm@x.in", "", "", claimedAt, updatedAt);
    }

    @Test
    void earliestAliveClaimWinsAndTheOtherBacksOff() {
        List<DeliveryRecord> both = List.of(
                claim("b", DeliveryStatus.CLAIMED, T0, T0),
                claim("a", DeliveryStatus.CLAIMED, T0.plusMillis(3), T0.plusMillis(3)));
        assertThat(ClaimArbiter.afterClaim(both, "b", T0.plusSeconds(1), LEASE).wins()).isTrue();
        assertThat(ClaimArbiter.afterClaim(both, "a", T0.plusSeconds(1), LEASE).wins()).isFalse();
    }

    @Test
    void sameMillisecondIsDecidedByTokenTheSameWayForBoth() {
        List<DeliveryRecord> both = List.of(claim("x", DeliveryStatus.CLAIMED, T0, T0), claim("y", DeliveryStatus.CLAIMED, T0, T0));
        assertThat(ClaimArbiter.afterClaim(both, "x", T0, LEASE).wins()).isTrue();
        assertThat(ClaimArbiter.afterClaim(both, "y", T0, LEASE).wins()).isFalse();
    }

    @Test
    void aSentMailBlocksEveryNewClaim() {
        List<DeliveryRecord> sent = List.of(claim("a", DeliveryStatus.SENT, T0, T0));
        assertThat(ClaimArbiter.beforeClaim(sent, T0.plus(Duration.ofDays(3)), LEASE).mayClaim()).isFalse();
    }

    @Test
    void aFailedDeliveryMayBeTriedAgainLater() {
        List<DeliveryRecord> failed = List.of(claim("a", DeliveryStatus.FAILED, T0, T0));
        assertThat(ClaimArbiter.beforeClaim(failed, T0.plusSeconds(60), LEASE).mayClaim()).isTrue();
    }

    @Test
    void aLiveClaimHoldsTheKeyUntilItsLeaseRunsOut() {
        List<DeliveryRecord> held = List.of(claim("a", DeliveryStatus.RETRYING, T0, T0.plusSeconds(60)));
        assertThat(ClaimArbiter.beforeClaim(held, T0.plus(Duration.ofMinutes(10)), LEASE).mayClaim()).isFalse();
        assertThat(ClaimArbiter.beforeClaim(held, T0.plus(Duration.ofMinutes(30)), LEASE).mayClaim()).isTrue();
    }

    @Test
    void aClaimThatDiedWhileSendingIsMarkedUncertainAndNeverResent() {
        DeliveryRecord dead = claim("a", DeliveryStatus.SENDING, T0, T0);
        ClaimArbiter.Decision d = ClaimArbiter.beforeClaim(List.of(dead), T0.plus(Duration.ofHours(1)), LEASE);
        assertThat(d.mayClaim()).isFalse();
        assertThat(d.toMarkUncertain()).containsExactly(dead);
    }

    @Test
    void aDeadClaimDoesNotBeatANewOne() {
        List<DeliveryRecord> rows = List.of(
                claim("dead", DeliveryStatus.CLAIMED, T0, T0),
                claim("new", DeliveryStatus.CLAIMED, T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(1))));
        assertThat(ClaimArbiter.afterClaim(rows, "new", T0.plus(Duration.ofHours(1)), LEASE).wins()).isTrue();
    }
}
