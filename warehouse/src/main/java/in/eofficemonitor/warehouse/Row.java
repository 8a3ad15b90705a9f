package in.eofficemonitor.warehouse;

import com.clickhouse.client.api.data_formats.ClickHouseBinaryFormatReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The current row of a query result, read by column name. A thin view over the driver's reader so that
 * feature code depends on these few getters, not on the driver. Select enum columns with {@code toString(col)}
 * (or read them with {@link #string}) and map them to Java enums with {@link #enumValue}.
 */
public final class Row {

    private final ClickHouseBinaryFormatReader reader;

    Row(ClickHouseBinaryFormatReader reader) {
        this.reader = reader;
    }

    public boolean isNull(String column) {
        return reader.readValue(column) == null;
    }

    public String string(String column) {
        Object value = reader.readValue(column);
        return value == null ? null : reader.getString(column);
    }

    public long longValue(String column) {
        return reader.getLong(column);
    }

    public int intValue(String column) {
        return reader.getInteger(column);
    }

    public double doubleValue(String column) {
        return reader.getDouble(column);
    }

    public BigDecimal decimal(String column) {
        return reader.getBigDecimal(column);
    }

    /** A DateTime/DateTime64 column as an instant; {@code null} for a NULL. */
    public Instant instant(String column) {
        Object value = reader.readValue(column);
        if (value == null) {
            return null;
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        return reader.getInstant(column);
    }

    public LocalDate date(String column) {
        Object value = reader.readValue(column);
        return value == null ? null : reader.getLocalDate(column);
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String name = string(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
