package in.eofficemonitor.warehouse.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a list of gazetted holidays ({@code date,name,name_hi}; {@code #} comment lines). The product ships
 * Uttar Pradesh's list for 2025–2027 as {@value #UP_RESOURCE}; an office replaces it with the government's
 * notification (see the file's header).
 */
public final class GazettedHolidays {

    public static final String UP_RESOURCE = "/calendar/up-gazetted-holidays-2025-2027.csv";

    private static volatile List<GazettedHoliday> uttarPradesh;

    private GazettedHolidays() {}

    /** The shipped Uttar Pradesh list, read once. */
    public static List<GazettedHoliday> uttarPradesh() {
        List<GazettedHoliday> list = uttarPradesh;
        if (list == null) {
            try (InputStream in = GazettedHolidays.class.getResourceAsStream(UP_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("holiday list " + UP_RESOURCE + " is missing from the class path");
                }
                list = read(new InputStreamReader(in, StandardCharsets.UTF_8), UP_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            uttarPradesh = list;
        }
        return list;
    }

    /** Reads a holiday list from a file (a government notification typed into the same columns). */
    public static List<GazettedHoliday> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GazettedHoliday> read(Reader reader, String source) throws IOException {
        List<GazettedHoliday> holidays = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        boolean headerSeen = false;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!trimmed.equals("date,name,name_hi")) {
                    throw new IllegalArgumentException(
                            source + " line " + lineNo + ": expected the header date,name,name_hi, got: " + trimmed);
                }
                headerSeen = true;
                continue;
            }
            // Names contain no commas in the shipped list; split at the first two commas only.
            String[] parts = trimmed.split(",", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException(
                        source + " line " + lineNo + ": expected date,name,name_hi, got: " + trimmed);
            }
            try {
                holidays.add(new GazettedHoliday(LocalDate.parse(parts[0].strip()), parts[1].strip(), parts[2].strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        source + " line " + lineNo + ": date must be yyyy-MM-dd, got: " + parts[0], e);
            }
        }
        return Collections.unmodifiableList(holidays);
    }
}
