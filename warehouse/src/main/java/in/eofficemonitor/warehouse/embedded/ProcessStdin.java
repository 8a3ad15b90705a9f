package in.eofficemonitor.warehouse.embedded;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the process's standard input at /dev/null before the engine starts.
 *
 * <p>chDB is clickhouse-local inside: when standard input is not a terminal it appends whatever it
 * can read there to the data of an {@code INSERT}, as {@code clickhouse-local < data.csv} would. A
 * server has no standard input, and ours must not have one either: under a test runner, a pipe or a
 * service manager the engine read foreign bytes (seen: Maven's fork commands) into an INSERT and
 * failed it. Nothing in this product reads standard input, so detaching it loses nothing.
 */
final class ProcessStdin {

    private static final Logger log = LoggerFactory.getLogger(ProcessStdin.class);
    private static final int O_RDONLY = 0;
    private static boolean detached;

    private ProcessStdin() {}

    static synchronized void detach() {
        if (detached) {
            return;
        }
        Linker linker = Linker.nativeLinker();
        try (Arena arena = Arena.ofConfined()) {
            MethodHandle open = linker.downcallHandle(linker.defaultLookup().find("open").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
            MethodHandle dup2 = linker.downcallHandle(linker.defaultLookup().find("dup2").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
            MethodHandle close = linker.downcallHandle(linker.defaultLookup().find("close").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT));
            int devNull = (int) open.invokeExact(arena.allocateFrom("/dev/null"), O_RDONLY, 0);
            if (devNull < 0) {
                log.warn("could not open /dev/null; the engine keeps the process's standard input");
                return;
            }
            if (devNull != 0) {
                int rc = (int) dup2.invokeExact(devNull, 0);
                int ignored = (int) close.invokeExact(devNull);
                if (rc < 0) {
                    log.warn("could not point standard input at /dev/null; the engine keeps it");
                    return;
                }
            }
            detached = true;
        } catch (Throwable e) {
            log.warn("could not detach standard input from the engine: {}", e.toString());
        }
    }
}
