package in.eofficemonitor.dashboard.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs a view's independent warehouse queries side by side, so that the page waits for its slowest query rather
 * than for their sum. Only the queries go to other threads: who the user is and what they may see is settled on
 * the calling thread first (the security context is the request's), and each query is given its scope.
 * Closing waits for whatever is still running, so nothing outlives the call that started it.
 */
public final class SideBySide implements AutoCloseable {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    /** Starts {@code query} now; {@link #await} gives its answer. */
    public <T> CompletableFuture<T> start(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, threads);
    }

    /** The answer of a started query, or the query's own exception. */
    public static <T> T await(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        threads.close();
    }
}
