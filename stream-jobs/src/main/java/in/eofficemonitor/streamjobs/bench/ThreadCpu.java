package in.eofficemonitor.streamjobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this process during a stage, Java threads and the embedded engine's native ones
 * alike, from Linux's {@code /proc/self/task/<tid>/stat}, grouped by thread name. Sampled while the stage runs,
 * because Flink's task threads end with their job and take their counters with them.
 */
final class ThreadCpu implements AutoCloseable {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux's clock ticks per second for utime/stime (USER_HZ, 100 on every common build). */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> atStart;
    private final Map<String, Long> latest = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private ThreadCpu() {
        atStart = sample(null);
        sampler = new Thread(() -> {
            while (running) {
                sample(latest);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static boolean available() {
        return Files.isDirectory(TASKS);
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** Seconds of CPU per group of threads since the start, largest first. */
    Map<String, Double> stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (latest) {
            sample(latest);
            Map<String, Double> byGroup = new HashMap<>();
            latest.forEach((tid, ticks) -> {
                long used = ticks - atStart.getOrDefault(tid, 0L);
                if (used > 0) {
                    byGroup.merge(group(names.get(tid)), used / TICKS_PER_SECOND, Double::sum);
                }
            });
            Map<String, Double> sorted = new LinkedHashMap<>();
            byGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return sorted;
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** utime + stime per thread id; into {@code into} (keeping each thread's largest value) when given. */
    private Map<String, Long> sample(Map<String, Long> into) {
        Map<String, Long> out = into != null ? into : new HashMap<>();
        synchronized (out) {
            try (Stream<Path> tasks = Files.list(TASKS)) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        int close = stat.lastIndexOf(')');
                        String name = stat.substring(stat.indexOf('(') + 1, close);
                        String[] f = stat.substring(close + 2).split(" ");
                        // After "(comm) ": state is field 3 of stat(5), utime 14, stime 15, starttime 22. A thread
                        // id is reused once its thread ends, so a thread is its id and its start time.
                        String tid = task.getFileName() + "@" + f[19];
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        out.merge(tid, ticks, Math::max);
                        names.put(tid, name);
                    } catch (IOException | RuntimeException ended) {
                        // the thread ended between listing and reading
                    }
                }
            } catch (IOException e) {
                // no /proc: nothing to report
            }
        }
        return out;
    }

    /** What a thread does, from its (15-character) Linux name. */
    static String group(String name) {
        if (name == null) {
            return "other";
        }
        for (var rule : GROUPS) {
            if (name.startsWith(rule.prefix())) {
                return rule.group();
            }
        }
        return "other (" + name.replaceAll("[0-9#]+$", "") + ")";
    }

    private record Rule(String prefix, String group) {}

    private static final List<Rule> GROUPS = List.of(
            new Rule("Source: ", "source + parse + watermarks (Flink task, parallelism 1)"),
            new Rule("per-file state", "per-file state + sink buffering (Flink tasks)"),
            new Rule("clickhouse-sink", "sink inserts: RowBinary encoding + HTTP client"),
            new Rule("warehouse-http", "engine: INSERT parsing and writing, on the HTTP threads"),
            new Rule("MergeMutate", "engine: background merges of parts"),
            new Rule("ThreadPool", "engine: worker pool"),
            new Rule("BgSchPool", "engine: background schedule"),
            new Rule("AsyncOperations", "checkpoints: state snapshots"),
            new Rule("GC Thread", "JVM: garbage collection"),
            new Rule("G1 ", "JVM: garbage collection"),
            new Rule("C1 CompilerThre", "JVM: JIT compilers"),
            new Rule("C2 CompilerThre", "JVM: JIT compilers"),
            new Rule("main", "benchmark main thread"),
            new Rule("java", "benchmark main thread"),
            new Rule("JFR", "JVM: flight recorder"),
            new Rule("flink-", "Flink runtime (scheduler, RPC, metrics)"),
            new Rule("jobmanager", "Flink runtime (scheduler, RPC, metrics)"),
            new Rule("mini-cluster", "Flink runtime (scheduler, RPC, metrics)"),
            new Rule("OutputFlusher", "Flink runtime (scheduler, RPC, metrics)"));
}
