package in.eofficemonitor.warehouse.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered schema migration, {@code db/migration/VNNN__description.sql}.
 *
 * @param version the number after the V (gaps between numbers are allowed)
 * @param description the words after the double underscore, underscores shown as spaces
 * @param resource the class-path resource it was read from
 * @param sql the file's text, line endings normalised to \n
 */
public record Migration(int version, String description, String resource, String sql) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_\\-]+)\\.sql");

    public Migration {
        Objects.requireNonNull(description);
        Objects.requireNonNull(resource);
        Objects.requireNonNull(sql);
    }

    /** True when the file name follows {@code VNNN__description.sql}. */
    public static boolean isMigrationFileName(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    /** Builds a migration from its file name (without folder) and text. */
    public static Migration of(String fileName, String resource, String text) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Not a migration file name (expected VNNN__description.sql): " + fileName);
        }
        return new Migration(
                Integer.parseInt(m.group(1)),
                m.group(2).replace('_', ' '),
                resource,
                text.replace("\r\n", "\n"));
    }

    /**
     * SHA-256 of the text as written, so that a landed migration edited afterwards is noticed. It is taken
     * from the file, not from the cluster rendering, so switching the cluster option never looks like an edit.
     */
    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The statements of the file, in order (see {@link SqlStatements}). */
    public List<String> statements() {
        return SqlStatements.split(sql);
    }
}
