package in.eofficemonitor.alerts.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from a mail into the dashboard, so every file, desk, office and district a mail names can be opened there.
 * The base URL is configurable ({@code alerts.dashboard-url}); the paths are the dashboard's routes (docs/alerts.md
 * lists them, and the dashboard's {@code MailLinksOpenTheirViewsTest} opens every one of them):
 *
 * <ul>
 *   <li>{@code /trail?file=<id>} — the file's trail;
 *   <li>{@code /stuck?desk=<id>} — the files and receipts stuck at that desk;
 *   <li>{@code /desks?office=<id>} — every desk of the office;
 *   <li>{@code /district?district=<name>} — the district view.
 * </ul>
 *
 * Ids travel as query parameters, not path segments: file ids contain slashes ({@code UP/KNJ-COLL/2026/000123}),
 * and a slash encoded inside a path ({@code %2F}) is refused by the servlet container and Spring Security's
 * firewall before the dashboard sees it; in a query string it is an ordinary character.
 */
public record DashboardLinks(String baseUrl) {

    public DashboardLinks {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String home() {
        return baseUrl + "/";
    }

    public String file(String fileId) {
        return baseUrl + "/trail?file=" + enc(fileId);
    }

    public String desk(String deskId) {
        return baseUrl + "/stuck?desk=" + enc(deskId);
    }

    public String office(String officeId) {
        return baseUrl + "/desks?office=" + enc(officeId);
    }

    public String district(String district) {
        return baseUrl + "/district?district=" + enc(district);
    }

    private static String enc(String s) {
        // Form encoding writes a space as '+'; %20 reads the same to every decoder.
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
