package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What happens around queries: clients that go away, sessions that time out, a shutdown mid-stream. */
class LifecycleIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<InputStream> startStreaming(URI base, String sql) throws Exception {
        return http.send(HttpRequest.newBuilder(base).POST(HttpRequest.BodyPublishers.ofString(sql)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private String post(URI base, String params, String sql) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/" + params))
                        .POST(HttpRequest.BodyPublishers.ofString(sql)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private static void awaitIdle(EmbeddedWarehouse w) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (w.busyConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void clientLeavingMidStreamCancelsTheQueryAndFreesItsConnection() throws Exception {
        EmbeddedWarehouse w = TestWarehouse.get();
        HttpResponse<InputStream> r = startStreaming(w.httpUri(), "SELECT number FROM numbers(1000000000)");
        try (InputStream in = r.body()) {
            assertThat(in.readNBytes(1 << 20)).hasSize(1 << 20);
        }
        awaitIdle(w);
        assertThat(w.busyConnections()).isZero();
        assertThat(post(w.httpUri(), "", "SELECT 'still serving'")).isEqualTo("still serving\n");
    }

    @Test
    void sessionEndsAfterItsTimeout() throws Exception {
        URI base = TestWarehouse.get().httpUri();
        String session = "?session_id=lifecycle-short&session_timeout=1";
        post(base, session, "CREATE TEMPORARY TABLE scratch (n UInt8)");
        assertThat(post(base, session, "EXISTS TEMPORARY TABLE scratch")).isEqualTo("1\n");
        Thread.sleep(2_500);
        assertThat(post(base, session, "EXISTS TEMPORARY TABLE scratch")).isEqualTo("0\n");
    }

    @Test
    void closeCancelsAStreamInFlightAndLeavesTheEngineToOthers() throws Exception {
        TestWarehouse.get();
        EmbeddedWarehouse second = EmbeddedWarehouse.start(TestWarehouse.config());
        HttpResponse<InputStream> r = startStreaming(second.httpUri(), "SELECT number FROM numbers(1000000000)");
        InputStream in = r.body();
        assertThat(in.readNBytes(1 << 16)).hasSize(1 << 16);

        long t0 = System.nanoTime();
        second.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
        // the client sees a cut-off response, never a short one that looks complete
        assertThatThrownBy(() -> in.transferTo(OutputStreamSink.INSTANCE)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> post(second.httpUri(), "", "SELECT 1")).isInstanceOf(IOException.class);
        assertThat(post(TestWarehouse.get().httpUri(), "", "SELECT 'engine still up'")).isEqualTo("engine still up\n");
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
