package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The JVM's signal handlers never leave, not even while the engine opens a connection (see {@link SignalHandlers}):
 * without the signal-chaining library a watcher thread sees SIGSEGV's handler replaced during some of these
 * connects, and a JVM thread that took an implicit null check then would have died.
 */
class SignalChainingIT {

    @Test
    void theTestJvmPreloadsTheSignalChainingLibrary() {
        assertThat(SignalHandlers.chainingLoaded()).as("LD_PRELOAD of the JDK's libjsig.so (see the parent pom)")
                .isTrue();
    }

    @Test
    void theJvmsHandlersStayInPlaceWhileConnectionsOpen() throws Exception {
        EmbeddedWarehouse warehouse = TestWarehouse.get();
        SignalHandlers jvm = SignalHandlers.save();
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong looks = new AtomicLong();
        Set<List<Integer>> replaced = ConcurrentHashMap.newKeySet();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                List<Integer> changed = SignalHandlers.save().changedSince(jvm);
                if (!changed.isEmpty()) {
                    replaced.add(changed);
                }
                looks.incrementAndGet();
            }
        }, "signal-watcher");
        watcher.start();
        ChdbLibrary lib = ChdbLibrary.load(TestWarehouse.config().libchdb());
        try {
            for (int i = 0; i < 40; i++) {
                ChdbConnection.open(lib, TestWarehouse.config().dataDir().toRealPath(), Map.of()).close();
            }
        } finally {
            done.set(true);
            watcher.join();
        }

        assertThat(looks.get()).as("the watcher looked while the connections opened").isGreaterThan(40);
        assertThat(replaced).as("signals whose handler was replaced at some moment").isEmpty();
        assertThat(warehouse.httpUri()).isNotNull();
    }
}
