package in.eofficemonitor.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void queriesStartedTogetherRunAtTheSameTime() throws Exception {
        // Each waits for the other to have started: run one after the other, the first would time out.
        CountDownLatch bothRunning = new CountDownLatch(2);
        try (SideBySide queries = new SideBySide()) {
            CompletableFuture<Boolean> a = queries.start(() -> meet(bothRunning));
            CompletableFuture<Boolean> b = queries.start(() -> meet(bothRunning));

            assertThat(SideBySide.await(a)).isTrue();
            assertThat(SideBySide.await(b)).isTrue();
        }
    }

    @Test
    void aFailingQueryThrowsItsOwnException() {
        try (SideBySide queries = new SideBySide()) {
            CompletableFuture<String> failing = queries.start(() -> {
                throw new IllegalStateException("warehouse unreachable");
            });

            assertThatThrownBy(() -> SideBySide.await(failing)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("warehouse unreachable");
        }
    }

    @Test
    void closingWaitsForWhatIsStillRunning() {
        CompletableFuture<String> slow;
        try (SideBySide queries = new SideBySide()) {
            slow = queries.start(() -> {
                sleep(200);
                return "done";
            });
        }
        assertThat(slow).isCompletedWithValue("done");
    }

    private static boolean meet(CountDownLatch latch) {
        latch.countDown();
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
