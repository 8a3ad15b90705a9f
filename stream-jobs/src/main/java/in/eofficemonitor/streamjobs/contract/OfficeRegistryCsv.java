package in.eofficemonitor.streamjobs.contract;

import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the office registry, {@code offices.csv} (DESIGN §3; docs/input-format.md; JSON Schema of a
 * row: docs/schema/office-row.schema.json). UTF-8 with a header; columns by name, any order, extra columns
 * ignored. Required non-empty: office_id, name, category, rollout_stage, stage_since; name_hi, district,
 * division, parent_office_id may be empty. stage_since is yyyy-MM-dd (dd-MM-yyyy is accepted too). A bad row is
 * rejected with its line number and reason; the registry is then loaded whole or not at all ({@link CsvLoad#whole()}).
 */
public final class OfficeRegistryCsv {

    public static final List<String> COLUMNS = List.of(
            "office_id", "name", "name_hi", "category", "district", "division", "parent_office_id", "rollout_stage",
            "stage_since");
    static final List<String> REQUIRED_COLUMNS = List.of("office_id", "name", "category", "rollout_stage", "stage_since");

    private static final DateTimeFormatter INDIAN_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private OfficeRegistryCsv() {}

    public static CsvLoad<Office> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvLoad<Office> read(Reader reader, String source) {
        CsvRecords records = new CsvRecords(reader);
        List<String> optional = COLUMNS.stream().filter(c -> !REQUIRED_COLUMNS.contains(c)).toList();
        CsvHeader header = new CsvHeader(source, records.next(), REQUIRED_COLUMNS, optional);
        List<Office> rows = new ArrayList<>();
        List<CsvRejection> rejections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvRecords.CsvRecord rec;
        while ((rec = records.next()) != null) {
            String problem = rec.error();
            Office office = null;
            if (problem == null && rec.fields().size() != header.width()) {
                problem = "has " + rec.fields().size() + " fields, the header has " + header.width();
            }
            if (problem == null) {
                List<String> f = rec.fields();
                problem = firstMissing(header, f);
                if (problem == null) {
                    String id = header.get(f, "office_id");
                    OfficeCategory category = enumOrNull(OfficeCategory.class, header.get(f, "category"));
                    RolloutStage stage = enumOrNull(RolloutStage.class, header.get(f, "rollout_stage"));
                    LocalDate since = dateOrNull(header.get(f, "stage_since"));
                    if (category == null) {
                        problem = "category \"" + header.get(f, "category") + "\" is not one of "
                                + Arrays.toString(OfficeCategory.values());
                    } else if (stage == null) {
                        problem = "rollout_stage \"" + header.get(f, "rollout_stage") + "\" is not one of "
                                + Arrays.toString(RolloutStage.values());
                    } else if (since == null) {
                        problem = "stage_since \"" + header.get(f, "stage_since") + "\" is not a date (yyyy-MM-dd)";
                    } else if (!seen.add(id)) {
                        problem = "office_id " + id + " appears on an earlier line; the first one is kept";
                    } else {
                        office = new Office(id, header.get(f, "name"), header.get(f, "name_hi"), category,
                                header.get(f, "district"), header.get(f, "division"),
                                header.get(f, "parent_office_id"), stage, since);
                    }
                }
            }
            if (office != null) {
                rows.add(office);
            } else {
                rejections.add(CsvRejection.of(source, rec, problem));
            }
        }
        return new CsvLoad<>(rows, rejections);
    }

    private static String firstMissing(CsvHeader header, List<String> f) {
        for (String c : REQUIRED_COLUMNS) {
            if (header.get(f, c).isEmpty()) {
                return c + " is empty";
            }
        }
        return null;
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    static LocalDate dateOrNull(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, INDIAN_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Writes offices.csv with the header of {@link #COLUMNS}. */
    public static void write(Writer out, List<Office> offices) throws IOException {
        CsvRecords.write(out, COLUMNS.toArray(String[]::new));
        for (Office o : offices) {
            CsvRecords.write(out, o.officeId(), o.name(), o.nameHi(), o.category().name(), o.district(), o.division(),
                    o.parentOfficeId(), o.rolloutStage().name(), o.stageSince().toString());
        }
    }
}
