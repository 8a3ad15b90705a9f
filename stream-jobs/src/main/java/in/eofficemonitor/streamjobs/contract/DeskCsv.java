package in.eofficemonitor.streamjobs.contract;

import in.eofficemonitor.warehouse.registry.Desk;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes {@code desks.csv} (DESIGN §3; docs/input-format.md; docs/schema/desk-row.schema.json):
 * UTF-8 with a header, columns by name. Required non-empty: desk_id, office_id, designation; designation_hi and
 * holder_name may be empty (a vacant desk has no holder). A desk whose office is not in the registry is still
 * loaded: the stream jobs show it as unregistered rather than drop it.
 */
public final class DeskCsv {

    public static final List<String> COLUMNS = List.of("desk_id", "office_id", "designation", "designation_hi", "holder_name");
    static final List<String> REQUIRED_COLUMNS = List.of("desk_id", "office_id", "designation");

    private DeskCsv() {}

    public static CsvLoad<Desk> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvLoad<Desk> read(Reader reader, String source) {
        CsvRecords records = new CsvRecords(reader);
        CsvHeader header = new CsvHeader(source, records.next(), REQUIRED_COLUMNS, List.of("designation_hi", "holder_name"));
        List<Desk> rows = new ArrayList<>();
        List<CsvRejection> rejections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvRecords.CsvRecord rec;
        while ((rec = records.next()) != null) {
            String problem = rec.error();
            List<String> f = rec.fields();
            if (problem == null && f.size() != header.width()) {
                problem = "has " + f.size() + " fields, the header has " + header.width();
            }
            if (problem == null) {
                for (String c : REQUIRED_COLUMNS) {
                    if (header.get(f, c).isEmpty()) {
                        problem = c + " is empty";
                        break;
                    }
                }
            }
            if (problem == null && !seen.add(header.get(f, "desk_id"))) {
                problem = "desk_id " + header.get(f, "desk_id") + " appears on an earlier line; the first one is kept";
            }
            if (problem == null) {
                rows.add(new Desk(header.get(f, "desk_id"), header.get(f, "office_id"), header.get(f, "designation"),
                        header.get(f, "designation_hi"), header.get(f, "holder_name")));
            } else {
                rejections.add(CsvRejection.of(source, rec, problem));
            }
        }
        return new CsvLoad<>(rows, rejections);
    }

    /** Writes desks.csv with the header of {@link #COLUMNS}. */
    public static void write(Writer out, List<Desk> desks) throws IOException {
        CsvRecords.write(out, COLUMNS.toArray(String[]::new));
        for (Desk d : desks) {
            CsvRecords.write(out, d.deskId(), d.officeId(), d.designation(), d.designationHi(), d.holderName());
        }
    }
}
