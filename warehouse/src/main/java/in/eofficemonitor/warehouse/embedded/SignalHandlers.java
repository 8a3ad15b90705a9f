package in.eofficemonitor.warehouse.embedded;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Keeps the JVM's signal handlers in place around calls into chDB that touch them.
 *
 * <p>The JVM relies on its own SIGSEGV/SIGBUS/SIGFPE/SIGILL handlers (implicit null checks,
 * safepoint polls). chDB 26.5's first {@code chdb_connect} installs its handlers over them, and
 * {@code chdb_set_signal_handlers_enabled(0)} resets those signals to SIG_DFL rather than to the
 * previous handler. Either way the next null check in Java kills the process with a bare SIGSEGV
 * (exit 139, no hs_err file). So: save every handler with libc's {@code sigaction} before such a
 * call and put it back after.
 */
final class SignalHandlers {

    /** Generous: glibc's struct sigaction is 152 bytes on x86-64 and aarch64. */
    private static final long SIGACTION_BYTES = 256;
    private static final int LAST_STANDARD_SIGNAL = 31;
    private static final int SIGKILL = 9;
    private static final int SIGSTOP = 19;

    private static final MethodHandle SIGACTION = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("sigaction").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));

    private final MemorySegment saved;

    private SignalHandlers(MemorySegment saved) {
        this.saved = saved;
    }

    /** The handlers of signals 1..31 as they are now. */
    static SignalHandlers save() {
        MemorySegment all = Arena.ofAuto().allocate(SIGACTION_BYTES * (LAST_STANDARD_SIGNAL + 1));
        for (int sig = 1; sig <= LAST_STANDARD_SIGNAL; sig++) {
            if (sig == SIGKILL || sig == SIGSTOP) {
                continue;
            }
            call(sig, MemorySegment.NULL, slot(all, sig));
        }
        return new SignalHandlers(all);
    }

    /** Puts back the handlers saved. */
    void restore() {
        for (int sig = 1; sig <= LAST_STANDARD_SIGNAL; sig++) {
            if (sig == SIGKILL || sig == SIGSTOP) {
                continue;
            }
            call(sig, slot(saved, sig), MemorySegment.NULL);
        }
    }

    private static MemorySegment slot(MemorySegment all, int sig) {
        return all.asSlice(SIGACTION_BYTES * sig, SIGACTION_BYTES);
    }

    private static void call(int sig, MemorySegment act, MemorySegment oldAct) {
        try {
            int rc = (int) SIGACTION.invokeExact(sig, act, oldAct);
            if (rc != 0) {
                throw new IllegalStateException("sigaction(" + sig + ") failed");
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("sigaction(" + sig + ") failed", e);
        }
    }
}
