package in.eofficemonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.security.LoginThrottle.Limit;
import in.eofficemonitor.dashboard.security.LoginThrottle.Lock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NINE_AM = Instant.parse("2026-12-08T03:30:00Z");
    private static final String OFFICE = "10.1.2.3";

    /** A clock the test moves by hand: no sleeping. */
    static final class HandClock extends Clock {
        Instant now = NINE_AM;

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new LockoutSettings(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)), clock);

    @Test
    void theThirdFailureForANameLocksItForTheCoolOffFromAnyAddress() {
        throttle.failed("cs", "10.0.0.1");
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.failed("CS", "10.0.0.2")).as("two: not yet").isEmpty();
        clock.pass(Duration.ofMinutes(1));

        assertThat(throttle.failed("cs ", "10.0.0.3")).containsExactly(new Lock(Limit.USER, clock.now.plus(Duration.ofMinutes(10))));
        assertThat(throttle.lockFor("cs", "192.168.1.1")).map(Lock::limit).contains(Limit.USER);
        assertThat(throttle.lockFor("dm-kannauj", "10.0.0.3")).as("another name").isEmpty();

        clock.pass(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(throttle.lockFor("cs", "10.0.0.1")).isPresent();
        clock.pass(Duration.ofSeconds(1));
        assertThat(throttle.lockFor("cs", "10.0.0.1")).as("the cool-off is over").isEmpty();
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        throttle.failed("cs", OFFICE);
        clock.pass(Duration.ofMinutes(8));
        throttle.failed("cs", OFFICE);
        clock.pass(Duration.ofMinutes(8));

        assertThat(throttle.failed("cs", OFFICE)).as("the first has left the 15-minute window").isEmpty();
        assertThat(throttle.lockFor("cs", OFFICE)).isEmpty();
    }

    @Test
    void manyNamesFromOneAddressLockTheAddress() {
        for (String name : new String[] {"a", "b", "c", "d"}) {
            assertThat(throttle.failed(name, OFFICE)).isEmpty();
        }
        assertThat(throttle.failed("e", OFFICE)).extracting(Lock::limit).containsExactly(Limit.ADDRESS);

        assertThat(throttle.lockFor("cs", OFFICE)).as("even a name that never failed").map(Lock::limit).contains(Limit.ADDRESS);
        assertThat(throttle.lockFor("cs", "10.9.9.9")).isEmpty();
    }

    @Test
    void aSuccessClearsTheNameButNotTheAddress() {
        throttle.failed("cs", OFFICE);
        throttle.failed("cs", OFFICE);
        throttle.succeeded("cs");
        throttle.failed("cs", OFFICE);
        throttle.failed("cs", OFFICE);
        assertThat(throttle.lockFor("cs", OFFICE)).as("two since the success").isEmpty();

        assertThat(throttle.failed("x", OFFICE)).as("the address's fifth").extracting(Lock::limit)
                .containsExactly(Limit.ADDRESS);
    }
}
