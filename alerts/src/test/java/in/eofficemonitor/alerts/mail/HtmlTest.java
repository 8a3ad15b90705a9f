package in.eofficemonitor.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** File subjects and names come from e-Office exports: they must reach the mail as text, never as markup. */
class HtmlTest {

    @Test
    void escapesTextCellsAndLinks() {
        String html = new Html().begin("t", "hi")
                .table(List.of("<th>"), List.of(List.of(
                        Html.text("<script>alert('x')</script> & co"),
                        Html.link("\"quoted\" desk", "https://m.example/desk/A%2FB?x=1&y=\"2\""))))
                .end();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")
                .contains("&lt;th&gt;")
                .contains("href=\"https://m.example/desk/A%2FB?x=1&amp;y=&quot;2&quot;\"")
                .contains("&quot;quoted&quot; desk");
    }

    @Test
    void dashboardLinksCarryIdsAsQueryParameters() {
        DashboardLinks links = new DashboardLinks("https://monitor.up.gov.in/");
        assertThat(links.file("UP/REV/2026/00123")).isEqualTo("https://monitor.up.gov.in/trail?file=UP%2FREV%2F2026%2F00123");
        assertThat(links.district("Sant Kabir Nagar")).isEqualTo("https://monitor.up.gov.in/district?district=Sant%20Kabir%20Nagar");
        assertThat(links.office("KNJ-COLL")).isEqualTo("https://monitor.up.gov.in/desks?office=KNJ-COLL");
        assertThat(links.desk("KNJ-COLL-OS-01")).isEqualTo("https://monitor.up.gov.in/stuck?desk=KNJ-COLL-OS-01");
    }
}
