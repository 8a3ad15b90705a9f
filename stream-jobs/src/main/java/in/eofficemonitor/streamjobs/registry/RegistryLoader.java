package in.eofficemonitor.streamjobs.registry;

import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the office registry and desks to the warehouse (offices, desks, office_stage_history). The tables are
 * ReplacingMergeTree keyed by id, so loading the same registry again replaces rather than adds — and a load never
 * removes an office: one that a new offices.csv no longer lists stays as loaded before. The callers load only a
 * whole file ({@link in.eofficemonitor.streamjobs.contract.CsvLoad#whole()}).
 */
public final class RegistryLoader {

    private static final DateTimeFormatter DATETIME64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.of("Asia/Kolkata"));

    private RegistryLoader() {}

    /**
     * Loads the registry; returns the offices registered before that events refer to and {@code offices} does not
     * list (none when {@code offices} is empty, i.e. no offices file was given) — for the caller to say so.
     */
    public static List<String> load(Connection c, List<Office> offices, List<Desk> desks, Instant loadedAt)
            throws SQLException {
        List<String> notListed = notListed(c, offices);
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
        return notListed;
    }

    /** What a caller says about {@link #load}'s answer: which offices {@code file} dropped and what that means. */
    public static String notListedMessage(String file, List<String> officeIds) {
        return file + " no longer lists " + officeIds.size() + " office(s) that events refer to: "
                + String.join(", ", officeIds.subList(0, Math.min(20, officeIds.size())))
                + (officeIds.size() > 20 ? ", …" : "") + ". They stay in the registry as loaded before (a load never "
                + "removes an office); add them back to the file if they were left out by mistake.";
    }

    private static List<String> notListed(Connection c, List<Office> offices) throws SQLException {
        if (offices.isEmpty()) {
            return List.of();
        }
        Set<String> listed = new HashSet<>();
        offices.forEach(o -> listed.add(o.officeId()));
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql("offices_with_events"))) {
            while (rs.next()) {
                if (!listed.contains(rs.getString(1))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static String sql(String name) {
        try (InputStream in = RegistryLoader.class.getResourceAsStream("/sql/registry-load/" + name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
