package in.eofficemonitor.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backOffDoublesUpToTheCap() {
        RetryPolicy p = RetryPolicy.DEFAULT;
        assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.backoffAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(p.backoffAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(p.backoffAfter(9)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void leaseOutlastsEveryBackOff() {
        RetryPolicy p = RetryPolicy.DEFAULT;
        assertThat(p.lease(Duration.ofSeconds(20))).isGreaterThan(p.backoffAfter(5).plus(Duration.ofSeconds(40)));
    }
}
