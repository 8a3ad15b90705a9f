package in.eofficemonitor.warehouse.stuck;

import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * How long a file may stay at one desk before it is stuck, in working days, per office category and priority
 * (DESIGN §3). Defaults (CSMOP para 60): NORMAL 7, IMMEDIATE 3, MOST_IMMEDIATE 1, from the resource
 * {@value #DEFAULTS_RESOURCE}; a properties file with {@code default.PRIORITY=days} and
 * {@code CATEGORY.PRIORITY=days} lines overrides them.
 */
public final class StuckThresholds implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String DEFAULTS_RESOURCE = "/stuck/stuck-thresholds.properties";

    private final EnumMap<OfficeCategory, EnumMap<Priority, Integer>> days;

    private StuckThresholds(EnumMap<OfficeCategory, EnumMap<Priority, Integer>> days) {
        this.days = days;
    }

    /** The shipped defaults. */
    public static StuckThresholds defaults() {
        return fromProperties(new Properties());
    }

    /** The defaults overridden by a properties file. */
    public static StuckThresholds load(Path propertiesFile) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fromProperties(p);
    }

    /** The shipped defaults overridden by {@code overrides} ({@code default.P} or {@code CATEGORY.P} keys). */
    public static StuckThresholds fromProperties(Properties overrides) {
        Properties merged = new Properties();
        try (InputStream in = StuckThresholds.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the class path");
            }
            merged.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : overrides.stringPropertyNames()) {
            merged.setProperty(key, overrides.getProperty(key));
        }
        for (String key : merged.stringPropertyNames()) {
            validateKey(key);
        }
        EnumMap<OfficeCategory, EnumMap<Priority, Integer>> days = new EnumMap<>(OfficeCategory.class);
        for (OfficeCategory c : OfficeCategory.values()) {
            EnumMap<Priority, Integer> perPriority = new EnumMap<>(Priority.class);
            for (Priority p : Priority.values()) {
                String value = merged.getProperty(c.name() + "." + p.name(), merged.getProperty("default." + p.name()));
                if (value == null) {
                    throw new IllegalArgumentException("no stuck threshold for " + c + "/" + p + " and no default." + p);
                }
                perPriority.put(p, parseDays(c + "." + p, value));
            }
            days.put(c, perPriority);
        }
        return new StuckThresholds(days);
    }

    private static void validateKey(String key) {
        int dot = key.indexOf('.');
        String scope = dot < 0 ? key : key.substring(0, dot);
        String priority = dot < 0 ? "" : key.substring(dot + 1);
        boolean scopeOk = scope.equals("default") || isCategory(scope);
        boolean priorityOk = isPriority(priority);
        if (!scopeOk || !priorityOk) {
            throw new IllegalArgumentException("unknown stuck threshold key '" + key
                    + "': expected default.PRIORITY or CATEGORY.PRIORITY with PRIORITY one of NORMAL, IMMEDIATE,"
                    + " MOST_IMMEDIATE");
        }
    }

    private static boolean isCategory(String s) {
        for (OfficeCategory c : OfficeCategory.values()) {
            if (c.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPriority(String s) {
        for (Priority p : Priority.values()) {
            if (p.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static int parseDays(String key, String value) {
        try {
            int d = Integer.parseInt(value.strip());
            if (d < 0) {
                throw new IllegalArgumentException("stuck threshold " + key + " must not be negative: " + value);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stuck threshold " + key + " must be whole days, got: " + value, e);
        }
    }

    /** The threshold in working days (or calendar days under {@code --calendar-days}). */
    public int days(OfficeCategory category, Priority priority) {
        return days.get(category).get(priority);
    }

    /**
     * When a file of this priority that arrived at a desk of an office of this category becomes stuck: the
     * arrival plus the threshold counted over the category's working days, or over every day when
     * {@code calendarDays} is set.
     */
    public Instant stuckAt(OfficeCategory category, Priority priority, Instant arrival, boolean calendarDays) {
        OfficeCalendar calendar = calendarDays ? OfficeCalendar.calendarDays() : OfficeCalendar.forCategory(category);
        return calendar.addWorkingDays(arrival, days(category, priority));
    }

    /** All thresholds, for display (category → priority → days). */
    public Map<OfficeCategory, Map<Priority, Integer>> asMap() {
        EnumMap<OfficeCategory, Map<Priority, Integer>> copy = new EnumMap<>(OfficeCategory.class);
        days.forEach((c, m) -> copy.put(c, Map.copyOf(m)));
        return copy;
    }
}
