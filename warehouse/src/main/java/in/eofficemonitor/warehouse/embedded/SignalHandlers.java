package in.eofficemonitor.warehouse.embedded;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the JVM's signal handlers in place around calls into chDB that touch them.
 *
 * <p>The JVM relies on its own SIGSEGV/SIGBUS/SIGFPE/SIGILL handlers (implicit null checks,
 * safepoint polls). chDB 26.5's first {@code chdb_connect} installs its handlers over them, and
 * {@code chdb_set_signal_handlers_enabled(0)} resets those signals to SIG_DFL rather than to the
 * previous handler. Either way the next null check in Java kills the process with a bare SIGSEGV
 * (exit 139, no hs_err file). So: save every handler with libc's {@code sigaction} before such a
 * call and put it back after.
 *
 * <p>That leaves a window: while {@code chdb_connect} runs (every new engine connection, not only the first),
 * chDB's handlers are in place, and another JVM thread that takes an implicit null check then dies — the random
 * bare segfaults of CI runs and benchmarks (a watcher thread saw SIGILL, SIGBUS, SIGFPE and SIGSEGV replaced
 * during connects). Only the JDK's signal-chaining library closes it: preloaded ({@code LD_PRELOAD}), it keeps
 * the JVM's handlers installed and chains a library's behind them. The launcher and the test JVMs preload it;
 * {@link #chainingLoaded()} lets the engine warn when it is missing.
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

    /**
     * Puts back the handlers saved, for the signals whose handler changed only: with the JDK's signal-chaining
     * library preloaded nothing changes, and a sigaction call from here would then be taken for a library's own
     * handler and chained behind the JVM's — the JVM's handler chained to itself.
     */
    void restore() {
        SignalHandlers now = save();
        for (int sig : now.changedSince(this)) {
            call(sig, slot(saved, sig), MemorySegment.NULL);
        }
    }

    /** The signals whose handler (function address, the first field of struct sigaction) differs from {@code earlier}'s. */
    List<Integer> changedSince(SignalHandlers earlier) {
        List<Integer> changed = new ArrayList<>();
        for (int sig = 1; sig <= LAST_STANDARD_SIGNAL; sig++) {
            if (sig == SIGKILL || sig == SIGSTOP) {
                continue;
            }
            if (slot(saved, sig).get(JAVA_LONG, 0) != slot(earlier.saved, sig).get(JAVA_LONG, 0)) {
                changed.add(sig);
            }
        }
        return changed;
    }

    /**
     * Whether the JDK's signal-chaining library ({@code libjsig.so}) is loaded: then a library's sigaction calls
     * for the JVM's signals are recorded and chained behind the JVM's handlers instead of replacing them.
     */
    static boolean chainingLoaded() {
        try {
            return Files.readString(Path.of("/proc/self/maps")).contains("/libjsig.so");
        } catch (IOException | UncheckedIOException e) {
            return false;
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
