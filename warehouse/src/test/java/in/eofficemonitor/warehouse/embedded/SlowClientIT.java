package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read and idle timeouts, on a warehouse in a JVM of its own ({@link SlowClientProbe}) started with 2 s
 * each: a client that sends its request a byte at a time, or holds a connection open and says nothing, is cut
 * off, while {@code /ping} keeps answering everyone else.
 */
class SlowClientIT {

    private static final int TIMEOUT_SECONDS = 2;

    @TempDir
    static Path dataDir;

    private static Process probe;
    private static int port;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        probe = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Deoffice.chdb.lib=" + EmbeddedWarehouse.Config.defaultLibrary(),
                "-cp", System.getProperty("java.class.path"), SlowClientProbe.class.getName(),
                dataDir.resolve("clickhouse").toString(), Integer.toString(TIMEOUT_SECONDS),
                Integer.toString(TIMEOUT_SECONDS))).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("port=")) {
                port = Integer.parseInt(line.substring("port=".length()));
                break;
            }
            seen.append(line).append('\n');
        }
        assertThat(port).as("probe output: %s", seen).isPositive();
        Thread drain = new Thread(() -> {
            try {
                probe.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the probe has gone
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stop() throws Exception {
        probe.destroy();
        if (!probe.waitFor(60, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
        }
    }

    @Test
    void aClientSendingItsRequestAByteAtATimeIsCutOffWhilePingAnswers() throws Exception {
        byte[] request = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 400\r\n\r\n" + "SELECT 1 ".repeat(60))
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), port)) {
            slow.setSoTimeout(250);
            OutputStream out = slow.getOutputStream();
            InputStream in = slow.getInputStream();
            long started = System.nanoTime();
            boolean closed = false;
            for (int i = 0; i < request.length && !closed; i++) {
                try {
                    out.write(request[i]);
                    out.flush();
                } catch (IOException e) {
                    closed = true; // reset by the server
                    break;
                }
                try {
                    closed = in.read() < 0;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing yet: the server is still waiting for the rest
                } catch (IOException e) {
                    closed = true;
                }
                if (i % 8 == 0) {
                    assertThat(ping()).isEqualTo("Ok.\n");
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(closed).as("cut off before the whole request (%s bytes, 250 ms each) was sent",
                    request.length).isTrue();
            assertThat(seconds).isBetween(TIMEOUT_SECONDS - 0.5, TIMEOUT_SECONDS + 10.0);
        }
        assertThat(ping()).isEqualTo("Ok.\n");
    }

    @Test
    void anIdleKeepAliveConnectionIsClosed() throws Exception {
        try (Socket idle = new Socket(InetAddress.getLoopbackAddress(), port)) {
            idle.getOutputStream().write("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            idle.getOutputStream().flush();
            idle.setSoTimeout(30_000);
            InputStream in = idle.getInputStream();
            byte[] answer = new byte[4096];
            int n = in.read(answer);
            assertThat(new String(answer, 0, n, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200").endsWith("Ok.\n");
            long started = System.nanoTime();
            int next;
            try {
                next = in.read();
            } catch (java.net.SocketException reset) {
                next = -1;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(next).as("the server closed the idle connection").isEqualTo(-1);
            assertThat(seconds).isBetween(TIMEOUT_SECONDS - 0.5, 25.0);
        }
        assertThat(ping()).isEqualTo("Ok.\n");
    }

    private static String ping() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
