package in.eofficemonitor.warehouse.embedded;

import java.lang.management.ManagementFactory;

/**
 * What one request, one client or all of them together may take from the process that also runs the
 * dashboard, the jobs and the mails. Each is refused with ClickHouse's own error code when crossed.
 *
 * @param maxBodyBytes request body as it arrives on the wire (before any decompression)
 * @param maxDecompressedBytes request body once its Content-Encoding and ClickHouse's blocks are undone
 * @param maxQueryTextBytes statement text held in memory (the query parameter plus a body that is not INSERT data)
 * @param maxSpillBytes temporary files of all requests together (INSERT bodies, held-back results)
 * @param maxMemoryUsage the engine's {@code max_memory_usage} per query: the default and the most a client may set
 * @param maxExecutionSeconds the engine's {@code max_execution_time}: the default and the most a client may set
 * @param maxQueuedRequests requests waiting for a worker thread; beyond them a request gets 503 with Retry-After
 * @param maxSessions live {@code session_id} sessions (each holds an engine connection)
 * @param readTimeoutSeconds the longest a client may take to send a whole request
 * @param idleTimeoutSeconds how long an idle keep-alive connection stays open
 */
public record Limits(long maxBodyBytes, long maxDecompressedBytes, long maxQueryTextBytes, long maxSpillBytes,
        long maxMemoryUsage, int maxExecutionSeconds, int maxQueuedRequests, int maxSessions, int readTimeoutSeconds,
        int idleTimeoutSeconds) {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    public Limits {
        positive("maxBodyBytes", maxBodyBytes);
        positive("maxDecompressedBytes", maxDecompressedBytes);
        positive("maxQueryTextBytes", maxQueryTextBytes);
        positive("maxSpillBytes", maxSpillBytes);
        positive("maxMemoryUsage", maxMemoryUsage);
        positive("maxExecutionSeconds", maxExecutionSeconds);
        positive("maxQueuedRequests", maxQueuedRequests);
        positive("maxSessions", maxSessions);
        positive("readTimeoutSeconds", readTimeoutSeconds);
        positive("idleTimeoutSeconds", idleTimeoutSeconds);
        if (maxQueryTextBytes > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("maxQueryTextBytes must stay below 2 GiB");
        }
    }

    /**
     * Bodies up to 1 GiB (4 GiB decompressed), statements up to 64 MiB, 8 GiB of temporary files, half the
     * machine's memory per query, 30 minutes per query (the longest migration back-fill takes minutes), 256
     * queued requests, 64 sessions, 5 minutes to send a request, 30 s idle keep-alive.
     */
    public static Limits defaults() {
        return new Limits(GIB, 4 * GIB, 64 * MIB, 8 * GIB, Math.max(GIB, physicalMemory() / 2), 1800, 256, 64, 300,
                30);
    }

    public Limits withMaxBodyBytes(long v) {
        return new Limits(v, maxDecompressedBytes, maxQueryTextBytes, maxSpillBytes, maxMemoryUsage,
                maxExecutionSeconds, maxQueuedRequests, maxSessions, readTimeoutSeconds, idleTimeoutSeconds);
    }

    public Limits withMaxDecompressedBytes(long v) {
        return new Limits(maxBodyBytes, v, maxQueryTextBytes, maxSpillBytes, maxMemoryUsage, maxExecutionSeconds,
                maxQueuedRequests, maxSessions, readTimeoutSeconds, idleTimeoutSeconds);
    }

    public Limits withMaxQueryTextBytes(long v) {
        return new Limits(maxBodyBytes, maxDecompressedBytes, v, maxSpillBytes, maxMemoryUsage, maxExecutionSeconds,
                maxQueuedRequests, maxSessions, readTimeoutSeconds, idleTimeoutSeconds);
    }

    public Limits withMaxSpillBytes(long v) {
        return new Limits(maxBodyBytes, maxDecompressedBytes, maxQueryTextBytes, v, maxMemoryUsage,
                maxExecutionSeconds, maxQueuedRequests, maxSessions, readTimeoutSeconds, idleTimeoutSeconds);
    }

    public Limits withMaxMemoryUsage(long v) {
        return new Limits(maxBodyBytes, maxDecompressedBytes, maxQueryTextBytes, maxSpillBytes, v,
                maxExecutionSeconds, maxQueuedRequests, maxSessions, readTimeoutSeconds, idleTimeoutSeconds);
    }

    public Limits withMaxExecutionSeconds(int v) {
        return new Limits(maxBodyBytes, maxDecompressedBytes, maxQueryTextBytes, maxSpillBytes, maxMemoryUsage, v,
                maxQueuedRequests, maxSessions, readTimeoutSeconds, idleTimeoutSeconds);
    }

    public Limits withMaxQueuedRequests(int v) {
        return new Limits(maxBodyBytes, maxDecompressedBytes, maxQueryTextBytes, maxSpillBytes, maxMemoryUsage,
                maxExecutionSeconds, v, maxSessions, readTimeoutSeconds, idleTimeoutSeconds);
    }

    public Limits withMaxSessions(int v) {
        return new Limits(maxBodyBytes, maxDecompressedBytes, maxQueryTextBytes, maxSpillBytes, maxMemoryUsage,
                maxExecutionSeconds, maxQueuedRequests, v, readTimeoutSeconds, idleTimeoutSeconds);
    }

    public Limits withReadTimeoutSeconds(int v) {
        return new Limits(maxBodyBytes, maxDecompressedBytes, maxQueryTextBytes, maxSpillBytes, maxMemoryUsage,
                maxExecutionSeconds, maxQueuedRequests, maxSessions, v, idleTimeoutSeconds);
    }

    public Limits withIdleTimeoutSeconds(int v) {
        return new Limits(maxBodyBytes, maxDecompressedBytes, maxQueryTextBytes, maxSpillBytes, maxMemoryUsage,
                maxExecutionSeconds, maxQueuedRequests, maxSessions, readTimeoutSeconds, v);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 4 * GIB;
    }
}
