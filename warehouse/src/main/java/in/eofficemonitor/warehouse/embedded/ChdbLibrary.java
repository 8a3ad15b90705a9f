package in.eofficemonitor.warehouse.embedded;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The C API of chDB ({@code chdb.h}, the "v2" connection API) bound with the Foreign Function &amp;
 * Memory API. Only the functions present in chDB 26.5 are bound; {@code chdb_result*} and {@code
 * chdb_connection*} are opaque pointers.
 *
 * <p>The library is loaded once per process and never unloaded: dlclose of a library with its own
 * threads is not safe, and a 559 MB library is not something to load twice.
 */
final class ChdbLibrary {

    private static final Logger log = LoggerFactory.getLogger(ChdbLibrary.class);
    private static final Map<Path, ChdbLibrary> LOADED = new HashMap<>();

    private static final long SIZE_T_BYTES = ADDRESS.byteSize();

    final MethodHandle connect; // chdb_connection* chdb_connect(int argc, char** argv)
    final MethodHandle closeConn; // void chdb_close_conn(chdb_connection* conn)
    final MethodHandle queryN; // chdb_result* chdb_query_n(conn, query, len, format, len)
    final MethodHandle queryWithParamsN; // chdb_result* chdb_query_with_params_n(...)
    final MethodHandle streamQueryN; // chdb_result* chdb_stream_query_n(conn, query, len, format, len)
    final MethodHandle streamQueryWithParamsN; // chdb_result* chdb_stream_query_with_params_n(...)
    final MethodHandle streamFetchResult; // chdb_result* chdb_stream_fetch_result(conn, result)
    final MethodHandle streamCancelQuery; // void chdb_stream_cancel_query(conn, result)
    final MethodHandle destroyQueryResult; // void chdb_destroy_query_result(result)
    final MethodHandle resultBuffer; // char* chdb_result_buffer(result)
    final MethodHandle resultLength; // size_t chdb_result_length(result)
    final MethodHandle resultElapsed; // double chdb_result_elapsed(result)
    final MethodHandle resultRowsRead; // uint64_t chdb_result_rows_read(result)
    final MethodHandle resultBytesRead; // uint64_t chdb_result_bytes_read(result)
    final MethodHandle resultStorageRowsRead; // uint64_t chdb_result_storage_rows_read(result)
    final MethodHandle resultStorageBytesRead; // uint64_t chdb_result_storage_bytes_read(result)
    final MethodHandle resultRowsWritten; // uint64_t chdb_result_rows_written(result)
    final MethodHandle resultBytesWritten; // uint64_t chdb_result_bytes_written(result)
    final MethodHandle resultError; // const char* chdb_result_error(result)
    final MethodHandle setSignalHandlersEnabled; // void chdb_set_signal_handlers_enabled(int)

    private ChdbLibrary(Path path) {
        SymbolLookup lookup = SymbolLookup.libraryLookup(path, Arena.global());
        Linker linker = Linker.nativeLinker();
        var sizeT = SIZE_T_BYTES == 8 ? JAVA_LONG : JAVA_INT;
        if (SIZE_T_BYTES != 8) {
            throw new IllegalStateException("chDB is bound for 64-bit platforms only");
        }
        connect = bind(linker, lookup, "chdb_connect", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
        closeConn = bind(linker, lookup, "chdb_close_conn", FunctionDescriptor.ofVoid(ADDRESS));
        queryN = bind(linker, lookup, "chdb_query_n",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, sizeT, ADDRESS, sizeT));
        queryWithParamsN = bind(linker, lookup, "chdb_query_with_params_n",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, sizeT, ADDRESS, sizeT,
                        ADDRESS, ADDRESS, ADDRESS, ADDRESS, sizeT));
        streamQueryN = bind(linker, lookup, "chdb_stream_query_n",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, sizeT, ADDRESS, sizeT));
        streamQueryWithParamsN = bind(linker, lookup, "chdb_stream_query_with_params_n",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, sizeT, ADDRESS, sizeT,
                        ADDRESS, ADDRESS, ADDRESS, ADDRESS, sizeT));
        streamFetchResult = bind(linker, lookup, "chdb_stream_fetch_result",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        streamCancelQuery = bind(linker, lookup, "chdb_stream_cancel_query",
                FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        destroyQueryResult = bind(linker, lookup, "chdb_destroy_query_result", FunctionDescriptor.ofVoid(ADDRESS));
        resultBuffer = bind(linker, lookup, "chdb_result_buffer", FunctionDescriptor.of(ADDRESS, ADDRESS));
        resultLength = bind(linker, lookup, "chdb_result_length", FunctionDescriptor.of(sizeT, ADDRESS));
        resultElapsed = bind(linker, lookup, "chdb_result_elapsed", FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS));
        resultRowsRead = bind(linker, lookup, "chdb_result_rows_read", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultBytesRead = bind(linker, lookup, "chdb_result_bytes_read", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultStorageRowsRead =
                bind(linker, lookup, "chdb_result_storage_rows_read", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultStorageBytesRead =
                bind(linker, lookup, "chdb_result_storage_bytes_read", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultRowsWritten =
                bind(linker, lookup, "chdb_result_rows_written", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultBytesWritten =
                bind(linker, lookup, "chdb_result_bytes_written", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultError = bind(linker, lookup, "chdb_result_error", FunctionDescriptor.of(ADDRESS, ADDRESS));
        setSignalHandlersEnabled =
                bind(linker, lookup, "chdb_set_signal_handlers_enabled", FunctionDescriptor.ofVoid(JAVA_INT));
        // The JVM handles SIGSEGV (implicit null checks, safepoints) and other signals itself;
        // chDB must not install its own. Telling it so resets some signals to SIG_DFL in 26.5,
        // so the JVM's handlers are put back afterwards (see SignalHandlers).
        SignalHandlers jvmHandlers = SignalHandlers.save();
        try {
            setSignalHandlersEnabled.invokeExact(0);
        } catch (Throwable e) {
            throw new IllegalStateException("chdb_set_signal_handlers_enabled failed", e);
        } finally {
            jvmHandlers.restore();
        }
    }

    /** Loads the library at {@code path} once per process. */
    static synchronized ChdbLibrary load(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("chDB library not found: " + path
                    + " (set -Deoffice.chdb.lib or EOFFICE_CHDB_LIB to libchdb.so; ./eoffice-monitor fetches it)", e);
        }
        if (!Files.isRegularFile(real)) {
            throw new IllegalArgumentException("chDB library is not a file: " + real);
        }
        ProcessStdin.detach();
        if (!LOADED.containsKey(real) && !SignalHandlers.chainingLoaded()) {
            log.warn(
                    "The JDK's signal-chaining library is not preloaded: a JVM thread may die with a bare segmentation"
                            + " fault while the engine opens a connection. Start the JVM with LD_PRELOAD={}/lib/libjsig.so"
                            + " (./eoffice-monitor does).", System.getProperty("java.home"));
        }
        return LOADED.computeIfAbsent(real, ChdbLibrary::new);
    }

    private static MethodHandle bind(Linker linker, SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = lookup.find(name)
                .orElseThrow(() -> new IllegalStateException("libchdb.so has no symbol " + name
                        + " (this binding needs chDB 26.5 or newer)"));
        return linker.downcallHandle(symbol, descriptor);
    }
}
