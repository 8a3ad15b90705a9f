package in.eofficemonitor.dashboard.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium (Debian's package) driven over the Chrome DevTools Protocol with the JDK's own WebSocket:
 * navigate, evaluate JavaScript, wait for a condition, take a screenshot. Enough for one end-to-end test, with no
 * WebDriver to match to the browser's version.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process chromium;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevTools(Process chromium, Path profile, WebSocket socket) {
        this.chromium = chromium;
        this.profile = profile;
        this.socket = socket;
    }

    static DevTools launch(String chromiumBinary) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromiumBinary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--window-size=1280,900", "about:blank"));
        ProcessBuilder browser = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile());
        browser.environment().remove("LD_PRELOAD"); // the JVM's signal-chaining library is for JVMs only
        Process process = browser.start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plusSeconds(20);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not open its DevTools port: "
                        + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).getFirst().strip());
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        String pageUrl = null;
        for (JsonNode t : targets) {
            if (t.path("type").asText().equals("page")) {
                pageUrl = t.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageUrl == null) {
            throw new IllegalStateException("Chromium has no page target: " + targets);
        }
        DevTools[] self = new DevTools[1];
        StringBuilder partial = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    try {
                        JsonNode node = JSON.readTree(message);
                        if (node.has("id") && self[0] != null) {
                            CompletableFuture<JsonNode> f = self[0].pending.remove(node.get("id").asInt());
                            if (f != null) {
                                f.complete(node);
                            }
                        }
                    } catch (IOException e) {
                        // not a message for us
                    }
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        self[0] = new DevTools(process, profile, socket);
        return self[0];
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode result = answer.get(30, TimeUnit.SECONDS);
        if (result.has("error")) {
            throw new IllegalStateException(method + ": " + result.get("error"));
        }
        return result.path("result");
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** Evaluates an expression in the page and returns its value as text. */
    String eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        return r.path("result").path("value").asText("");
    }

    /** Waits until the expression is true in the page. */
    void waitFor(String what, String expression, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (eval("Boolean(" + expression + ")").equals("true")) {
                    return;
                }
            } catch (IllegalStateException e) {
                // the page is being replaced (navigation, reload): ask again
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out waiting for " + what + "; the page says: "
                + eval("document.location.href + ' | ' + (document.body ? document.body.innerText.slice(0, 500) : '')"));
    }

    /**
     * Makes the page's viewport this many CSS pixels (a desktop viewport, so the page cannot zoom out to hide an
     * overflow); the page sees a window resize.
     */
    void viewport(int width, int height) throws Exception {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
    }

    void screenshot(Path png) throws Exception {
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(png.getParent());
        Files.write(png, java.util.Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            chromium.descendants().forEach(ProcessHandle::destroy);
            chromium.destroy();
            if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
