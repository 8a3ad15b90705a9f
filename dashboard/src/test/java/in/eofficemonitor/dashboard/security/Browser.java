package in.eofficemonitor.dashboard.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * What a browser does with the dashboard's pages over plain HTTP (no JavaScript): a cookie jar, no automatic
 * redirects (tests follow them by hand to see each step), forms posted with Spring's CSRF token read from the page.
 */
public final class Browser {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    /** What a browser asks for: servers send a browser to a login page where they answer a program 401. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final HttpClient http;
    private final URI base;
    private final CookieManager cookies = new CookieManager();

    private Browser(URI base, SSLContext ssl) {
        this.base = base;
        HttpClient.Builder b = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER);
        if (ssl != null) {
            b.sslContext(ssl);
        }
        this.http = b.build();
    }

    public static Browser at(String base) {
        return new Browser(URI.create(base), null);
    }

    public static Browser at(String base, SSLContext ssl) {
        return new Browser(URI.create(base), ssl);
    }

    public CookieManager cookies() {
        return cookies;
    }

    public URI resolve(String pathOrUrl) {
        return base.resolve(pathOrUrl);
    }

    public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(resolve(pathOrUrl)).header("Accept", ACCEPT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String pathOrUrl, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(resolve(pathOrUrl)).header("Accept", ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form fields Spring's CSRF protection expects, read from a dashboard page's meta tags. */
    public static Map<String, String> csrf(String page) {
        String parameter = null;
        String token = null;
        Matcher m = META.matcher(page);
        while (m.find()) {
            if (m.group(1).equals("_csrf_parameter")) {
                parameter = m.group(2);
            } else {
                token = m.group(2);
            }
        }
        if (parameter == null || token == null) {
            throw new AssertionError("the page carries no CSRF token");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(parameter, token);
        return fields;
    }

    /** Logs in with the login form; true when the answer is not a redirect back to the form with an error. */
    public boolean logIn(String user, String password) throws IOException, InterruptedException {
        Map<String, String> form = csrf(get("/login").body());
        form.put("username", user);
        form.put("password", password);
        HttpResponse<String> answer = post("/login", form);
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("error");
    }

    /** Logs out as the dashboard's logout button does (a POST to /logout with the page's CSRF token). */
    public HttpResponse<String> logOut() throws IOException, InterruptedException {
        return post("/logout", csrf(get("/").body()));
    }
}
