package in.eofficemonitor.warehouse.embedded;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Ends the process without running chDB's C++ static destructors.
 *
 * <p>The JVM leaves the process through libc's {@code exit()}, which runs every exit handler,
 * among them the destructors of libchdb's global objects. In chDB 26.5 one of them looks up a hash
 * map another has already destroyed, and the VM thread dies with SIGSEGV in {@code libchdb.so}
 * after every test and every shutdown hook has finished: the run was good, the exit code says it
 * crashed. Seen in CI and locally, intermittently, always at the same address.
 *
 * <p>The fix asks libc, with {@code on_exit}, to call {@code _exit(status)} as an exit handler.
 * Handlers run in reverse order of registration, so one registered after the engine booted runs
 * before the engine's destructors and ends the process there, keeping the exit status the JVM
 * chose ({@code on_exit} hands the status to the handler). Nothing of value is skipped: Java
 * shutdown hooks have already run (they close the engine connections), the data is on disk since
 * every insert wrote its part, and the destructors only free memory the kernel frees anyway.
 */
final class ProcessExit {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle ON_EXIT = LINKER.downcallHandle(
            LINKER.defaultLookup().find("on_exit").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MemorySegment UNDERSCORE_EXIT = LINKER.defaultLookup().find("_exit").orElseThrow();

    private static boolean hookAdded;

    private ProcessExit() {
    }

    /**
     * Registers the early exit now, and again from a shutdown hook so that it is the last handler
     * registered even if the engine registered destructors for objects it created later.
     */
    static synchronized void skipEngineDestructors() {
        register();
        if (!hookAdded) {
            hookAdded = true;
            Runtime.getRuntime().addShutdownHook(new Thread(ProcessExit::register, "chdb-exit"));
        }
    }

    private static void register() {
        try {
            int rc = (int) ON_EXIT.invokeExact(UNDERSCORE_EXIT, MemorySegment.NULL);
            if (rc != 0) {
                throw new IllegalStateException("on_exit failed with " + rc);
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("on_exit failed", e);
        }
    }
}
