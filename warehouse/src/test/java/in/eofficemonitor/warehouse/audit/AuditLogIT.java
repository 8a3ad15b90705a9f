package in.eofficemonitor.warehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseTesting;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail on the embedded engine: entries go in as written and come back by time, user and action. */
class AuditLogIT {

    private static final Instant MORNING = Instant.parse("2026-12-07T04:30:00.125Z");
    private static Warehouse warehouse;
    private static AuditLog log;

    @BeforeAll
    static void open() {
        warehouse = WarehouseTesting.open("it_audit");
        log = new AuditLog(warehouse);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @BeforeEach
    void empty() {
        warehouse.execute("TRUNCATE TABLE audit_log");
    }

    private static AuditEntry entry(int minutes, String user, String action, OptionalLong rows) {
        return new AuditEntry(MORNING.plusSeconds(60L * minutes), user, action, "DISTRICT", "Kannauj", "stuck", rows,
                "detail " + minutes, "127.0.0.1");
    }

    @Test
    void entriesComeBackAsWrittenNewestFirstWithTheirRowCounts() {
        AuditEntry login = entry(0, "dm-kannauj", "LOGIN", OptionalLong.empty());
        AuditEntry export = entry(5, "dm-kannauj", "EXPORT", OptionalLong.of(1234));
        // A user name is data, whatever it holds: quotes, a tab, a formula, Hindi.
        AuditEntry odd = new AuditEntry(MORNING.plusSeconds(600), "o'brien\t=1+1 अधिकारी", "LOGIN_FAILED", "", "", "",
                OptionalLong.empty(), "bad credentials", "::1");

        log.append(List.of(login, export, odd));

        AuditPage page = log.search(new AuditFilter(MORNING, MORNING.plusSeconds(3600), "", ""), 100);
        assertThat(page.entries()).containsExactly(odd, export, login);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void filtersByUserActionAndTimeRangeAndCountsPastTheLimit() {
        log.append(List.of(entry(0, "cs", "LOGIN", OptionalLong.empty()), entry(1, "dm-kannauj", "LOGIN", OptionalLong.empty()),
                entry(2, "dm-kannauj", "EXPORT", OptionalLong.of(7)), entry(3, "dm-kannauj", "EXPORT", OptionalLong.of(8)),
                entry(90, "dm-kannauj", "EXPORT", OptionalLong.of(9))));

        AuditPage exports = log.search(new AuditFilter(MORNING, MORNING.plusSeconds(3600), "dm-kannauj", "EXPORT"), 1);

        assertThat(exports.total()).as("both exports within the hour, one shown").isEqualTo(2);
        assertThat(exports.entries()).extracting(AuditEntry::rows).containsExactly(OptionalLong.of(8));
        assertThat(log.search(new AuditFilter(MORNING, MORNING.plusSeconds(60), "", ""), 10).entries())
                .as("the end of the range is exclusive").extracting(AuditEntry::user).containsExactly("cs");
        assertThat(log.actions()).containsExactly("EXPORT", "LOGIN");
    }

    @Test
    void anEmptyBatchWritesNothing() {
        log.append(List.of());

        assertThat(log.search(new AuditFilter(Instant.EPOCH, MORNING.plusSeconds(86_400), "", ""), 10).total()).isZero();
    }
}
