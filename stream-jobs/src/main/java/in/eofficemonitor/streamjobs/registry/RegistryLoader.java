package in.eofficemonitor.streamjobs.registry;

import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
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
 * Writes the office registry and desks to the warehouse (offices, desks, office_stage_history). The tables are
 * ReplacingMergeTree keyed by id, so loading the same registry again replaces rather than adds.
 */
public final class RegistryLoader {

    private static final DateTimeFormatter DATETIME64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.of("Asia/Kolkata"));

    private RegistryLoader() {}

    public static void load(Connection c, List<Office> offices, List<Desk> desks, Instant loadedAt) throws SQLException {
        String at = DATETIME64.format(loadedAt);
        if (!offices.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(sql("offices"))) {
                for (Office o : offices) {
                    ps.setString(1, o.officeId());
                    ps.setString(2, o.name());
                    ps.setString(3, o.nameHi());
                    ps.setString(4, o.category().name());
                    ps.setString(5, o.district());
                    ps.setString(6, o.division());
                    ps.setString(7, o.parentOfficeId());
                    ps.setString(8, o.rolloutStage().name());
                    ps.setString(9, o.stageSince().toString());
                    ps.setString(10, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(sql("office_stage_history"))) {
                for (Office o : offices) {
                    ps.setString(1, o.officeId());
                    ps.setString(2, o.rolloutStage().name());
                    ps.setString(3, o.stageSince().toString());
                    ps.setString(4, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!desks.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(sql("desks"))) {
                for (Desk d : desks) {
                    ps.setString(1, d.deskId());
                    ps.setString(2, d.officeId());
                    ps.setString(3, d.designation());
                    ps.setString(4, d.designationHi());
                    ps.setString(5, d.holderName());
                    ps.setString(6, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static String sql(String name) {
        try (InputStream in = RegistryLoader.class.getResourceAsStream("/sql/registry-load/" + name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
