package in.eofficemonitor.alerts.recipients;

import in.eofficemonitor.warehouse.csv.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the one file that defines who sees what: mail recipients and dashboard users alike.
 * CSV, UTF-8, with a header naming at least {@code id,name,email,role,scope,language}; an optional
 * {@code reports} column lists report keys separated by {@code ;} (empty = all that fit the role).
 * Other columns (the dashboard's password hash, for instance) are ignored here, so one file serves both.
 *
 * <pre>
 * id,name,email,role,scope,language,reports
 * cs,Chief Secretary,cs@up.gov.in,STATE,,en,
 * dm-kannauj,जिलाधिकारी कन्नौज,dm-knj@up.gov.in,DISTRICT,Kannauj,hi,weekly-pendency;stuck-escalation
 * head-knj-coll,Office Superintendent,os-knj@up.gov.in,OFFICE,KNJ-COLL,hi,
 * </pre>
 */
public final class RecipientsFile {

    private static final List<String> REQUIRED = List.of("id", "name", "email", "role", "scope", "language");

    private RecipientsFile() {}

    public static List<Recipient> load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the text; errors name the source and line, and every bad line is reported at once. */
    public static List<Recipient> parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a BOM from spreadsheet programs
        }
        List<List<String>> rows = Csv.parse(text);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.getFirst();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(source + ": header lacks column(s) " + missing);
        }
        List<Recipient> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                Recipient rec = toRecipient(row, column);
                if (!ids.add(rec.id())) {
                    throw new IllegalArgumentException("duplicate id '" + rec.id() + "'");
                }
                out.add(rec);
            } catch (IllegalArgumentException e) {
                errors.add(source + " row " + (r + 1) + ": " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
        return List.copyOf(out);
    }

    private static Recipient toRecipient(List<String> row, Map<String, Integer> column) {
        Role role;
        String roleText = get(row, column, "role");
        try {
            role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + roleText + "' (use STATE, DISTRICT, OFFICE, POLICE)");
        }
        String email = get(row, column, "email");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
        Set<ReportKind> reports = new LinkedHashSet<>();
        String reportsText = get(row, column, "reports");
        if (!reportsText.isBlank()) {
            Arrays.stream(reportsText.split("[;|]")).filter(s -> !s.isBlank()).map(ReportKind::parse).forEach(reports::add);
        }
        return new Recipient(get(row, column, "id"), get(row, column, "name"), email,
                new Scope(role, get(row, column, "scope")), Language.parse(get(row, column, "language")), reports);
    }

    private static String get(List<String> row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= row.size() ? "" : row.get(i).trim();
    }
}
