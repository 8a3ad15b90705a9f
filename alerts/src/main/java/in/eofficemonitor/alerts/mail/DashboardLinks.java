package in.eofficemonitor.alerts.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from a mail into the dashboard, so every file and desk a mail names can be opened there.
 * The base URL is configurable ({@code alerts.dashboard-url}); the routes are the dashboard's
 * (docs/alerts.md lists them): {@code /file/<id>}, {@code /desk/<id>}, {@code /office/<id>}, {@code /district/<name>}.
 */
public record DashboardLinks(String baseUrl) {

    public DashboardLinks {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String home() {
        return baseUrl + "/";
    }

    public String file(String fileId) {
        return baseUrl + "/file/" + enc(fileId);
    }

    public String desk(String deskId) {
        return baseUrl + "/desk/" + enc(deskId);
    }

    public String office(String officeId) {
        return baseUrl + "/office/" + enc(officeId);
    }

    public String district(String district) {
        return baseUrl + "/district/" + enc(district);
    }

    private static String enc(String s) {
        // File ids contain slashes (UP/REV/2026/00123): encode them so the id stays one path segment.
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
