package in.eofficemonitor.streamjobs.contract;

import in.eofficemonitor.warehouse.registry.OpeningBalance;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes {@code opening-balances.csv} (optional input; docs/input-format.md,
 * docs/schema/opening-balance-row.schema.json): {@code office_id,before_date,files_created}, all required;
 * before_date yyyy-MM-dd (dd-MM-yyyy accepted); files_created a whole number ≥ 0.
 */
public final class OpeningBalanceCsv {

    public static final List<String> COLUMNS = List.of("office_id", "before_date", "files_created");

    private OpeningBalanceCsv() {}

    public static CsvLoad<OpeningBalance> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvLoad<OpeningBalance> read(Reader reader, String source) {
        CsvRecords records = new CsvRecords(reader);
        CsvHeader header = new CsvHeader(source, records.next(), COLUMNS, List.of());
        List<OpeningBalance> rows = new ArrayList<>();
        List<CsvRejection> rejections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvRecords.CsvRecord rec;
        while ((rec = records.next()) != null) {
            String problem = rec.error();
            List<String> f = rec.fields();
            if (problem == null && f.size() != header.width()) {
                problem = "has " + f.size() + " fields, the header has " + header.width();
            }
            OpeningBalance row = null;
            if (problem == null) {
                String id = header.get(f, "office_id");
                LocalDate before = OfficeRegistryCsv.dateOrNull(header.get(f, "before_date"));
                long files = -1;
                try {
                    files = Long.parseLong(header.get(f, "files_created"));
                } catch (NumberFormatException e) {
                    // reported below
                }
                if (id.isEmpty()) {
                    problem = "office_id is empty";
                } else if (before == null) {
                    problem = "before_date \"" + header.get(f, "before_date") + "\" is not a date (yyyy-MM-dd)";
                } else if (files < 0) {
                    problem = "files_created \"" + header.get(f, "files_created") + "\" is not a whole number >= 0";
                } else if (!seen.add(id + "|" + before)) {
                    problem = "office_id " + id + " with before_date " + before + " appears on an earlier line";
                } else {
                    row = new OpeningBalance(id, before, files);
                }
            }
            if (row != null) {
                rows.add(row);
            } else {
                rejections.add(CsvRejection.of(source, rec, problem));
            }
        }
        return new CsvLoad<>(rows, rejections);
    }

    public static void write(Writer out, List<OpeningBalance> balances) throws IOException {
        CsvRecords.write(out, COLUMNS.toArray(String[]::new));
        for (OpeningBalance b : balances) {
            CsvRecords.write(out, b.officeId(), b.before().toString(), Long.toString(b.filesCreated()));
        }
    }
}
