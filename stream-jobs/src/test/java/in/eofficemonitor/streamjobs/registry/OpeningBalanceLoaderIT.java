package in.eofficemonitor.streamjobs.registry;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.simulator.LiveEventStream;
import in.eofficemonitor.streamjobs.simulator.NoiseOptions;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.warehouse.registry.OpeningBalance;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening balances land in office_opening_balances on the real engine, and a reload replaces them. */
class OpeningBalanceLoaderIT {

    @Test
    void theSecretariatsBalancesLandAndAReloadReplacesThem() throws Exception {
        String url = JobsTestWarehouse.database("opening_balances_it");
        List<OpeningBalance> balances = LiveEventStream.openingBalances(new LiveEventStream.Config(
                7, Instant.parse("2026-11-20T05:30:00Z"), 2, 60, 0.02, NoiseOptions.none()));
        try (Connection c = JobsTestWarehouse.connect(url)) {
            OpeningBalanceLoader.load(c, balances, Instant.parse("2026-11-20T06:00:00Z"));
            OpeningBalanceLoader.load(c, balances, Instant.parse("2026-11-20T07:00:00Z"));
            OpeningBalanceLoader.load(c, List.of(), Instant.now());
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(), sum(files_created), min(before_date) "
                            + "FROM office_opening_balances FINAL")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(93);
                assertThat(rs.getLong(2)).isEqualTo(balances.stream().mapToLong(OpeningBalance::filesCreated).sum());
                assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 18));
            }
        }
    }
}
