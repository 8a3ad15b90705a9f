package in.eofficemonitor.dashboard.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import in.eofficemonitor.warehouse.csv.Csv;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.audit.AuditActions;
import in.eofficemonitor.dashboard.audit.AuditTrail;
import in.eofficemonitor.dashboard.security.ui.AccessDeniedView;
import in.eofficemonitor.dashboard.stuck.ui.StuckViews;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import in.eofficemonitor.warehouse.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The audit page on the real embedded warehouse: entries filtered by user, action and days; a download of stuck
 * files shows up with who, which view, scope and rows; the page's own CSV is a download that is audited too; and it
 * is the state team's alone.
 */
@WithMockUser(username = "cs", roles = "STATE")
class AuditViewTest extends DashboardTestBase {

    @Autowired
    AuditLog log;
    @Autowired
    AuditTrail trail;

    @BeforeEach
    void emptyTrail() throws InterruptedException {
        // Entries of earlier tests still on their way would land after the truncate.
        for (int i = 0; i < 100 && trail.pending() > 0; i++) {
            Thread.sleep(50);
        }
        warehouse.execute("TRUNCATE TABLE audit_log");
    }

    private static AuditEntry entry(Duration ago, String user, String action) {
        return new AuditEntry(Instant.now().minus(ago), user, action, "DISTRICT", "Kannauj", "", OptionalLong.empty(), "",
                "10.1.2.3");
    }

    /** The trail writes in the background (about a second): waits until the view can read {@code count} entries. */
    private AuditView viewWith(int count) throws InterruptedException {
        AuditView view = navigate(AuditView.class);
        for (int i = 0; i < 100 && view.onScreen().size() < count; i++) {
            Thread.sleep(100);
            view.refresh();
        }
        return view;
    }

    @Test
    void entriesNewestFirstNarrowedByUserActionAndDays() throws Exception {
        log.append(List.of(entry(Duration.ofDays(10), "dm-kannauj", AuditActions.LOGIN),
                entry(Duration.ofHours(3), "dm-kannauj", AuditActions.LOGIN),
                entry(Duration.ofHours(2), "dm-kannauj", AuditActions.LOGIN_FAILED),
                entry(Duration.ofHours(1), "dm-lucknow", AuditActions.LOGIN)));

        AuditView view = viewWith(3);
        assertThat(view.onScreen()).as("the last 7 days at first").extracting(AuditEntry::user, AuditEntry::action)
                .containsExactly(tuple("dm-lucknow", "LOGIN"), tuple("dm-kannauj", "LOGIN_FAILED"),
                        tuple("dm-kannauj", "LOGIN"));
        assertThat(view.summary.getText()).isEqualTo("3 entries.");

        view.user.setValue("dm-kannauj");
        view.action.setValue(AuditActions.LOGIN);
        assertThat(view.onScreen()).hasSize(1);
        view.from.setValue(view.from.getValue().minusDays(30));
        assertThat(view.onScreen()).hasSize(2);
        view.to.setValue(LocalDate.now().minusDays(5));
        assertThat(view.onScreen()).extracting(AuditEntry::at).allSatisfy(at ->
                assertThat(at).isBefore(Instant.now().minus(Duration.ofDays(4))));
    }

    @Test
    void aDownloadOfStuckFilesIsAuditedWithWhoWhichViewScopeAndRows() throws Exception {
        UI.getCurrent().navigate("overview");
        String csv = StuckViews.downloadCsvAt(this, "stuck");
        long rows = Csv.parse(csv).size() - 1;

        AuditView view = viewWith(1);

        assertThat(rows).isPositive();
        assertThat(view.onScreen()).extracting(AuditEntry::user, AuditEntry::action, AuditEntry::role, AuditEntry::view,
                        AuditEntry::rows, AuditEntry::detail)
                .containsExactly(tuple("cs", "EXPORT", "STATE", "stuck", OptionalLong.of(rows), "stuck-files.csv"));
    }

    @Test
    void thePagesOwnCsvHoldsTheRowsShownAndItsDownloadIsAuditedToo() throws Exception {
        log.append(List.of(entry(Duration.ofMinutes(5), "=HYPERLINK(\"http://x\")", AuditActions.LOGIN_FAILED)));
        AuditView view = viewWith(1);

        List<List<String>> csv = Csv.parse(new String(view.csvDownload(), StandardCharsets.UTF_8));

        assertThat(csv.getFirst()).containsExactly("time_ist", "user", "action", "role", "scope", "view", "rows", "detail",
                "address");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).get(2)).isEqualTo("LOGIN_FAILED");
        assertThat(viewWith(2).onScreen().getFirst()).extracting(AuditEntry::action, AuditEntry::view, AuditEntry::rows)
                .containsExactly("EXPORT", "audit", OptionalLong.of(1));
    }

    @Test
    @WithMockUser(username = "dm-kannauj", roles = "DISTRICT")
    void aCollectorCannotOpenItEvenByUrl() {
        UI.getCurrent().navigate("audit");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
