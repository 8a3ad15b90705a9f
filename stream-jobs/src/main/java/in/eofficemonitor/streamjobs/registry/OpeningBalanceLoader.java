package in.eofficemonitor.streamjobs.registry;

import in.eofficemonitor.warehouse.registry.OpeningBalance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes opening-balances.csv rows to {@code office_opening_balances} (V020): e-files an office created before
 * its event history, which the rollout report adds to its FILE CREATED events. ReplacingMergeTree keyed by
 * (office_id, before_date): loading the same file again replaces rather than adds.
 */
public final class OpeningBalanceLoader {

    private static final DateTimeFormatter DATETIME64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.of("Asia/Kolkata"));

    private OpeningBalanceLoader() {}

    public static void load(Connection c, List<OpeningBalance> balances, Instant loadedAt) throws SQLException {
        if (balances.isEmpty()) {
            return; // the engine answers an empty batch with "No data to insert"
        }
        String at = DATETIME64.format(loadedAt);
        try (PreparedStatement ps = c.prepareStatement(sql())) {
            for (OpeningBalance b : balances) {
                ps.setString(1, b.officeId());
                ps.setString(2, b.before().toString());
                ps.setLong(3, b.filesCreated());
                ps.setString(4, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String sql() {
        try (InputStream in = OpeningBalanceLoader.class.getResourceAsStream("/sql/registry-load/opening_balances.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
