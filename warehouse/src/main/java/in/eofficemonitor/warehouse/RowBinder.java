package in.eofficemonitor.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the {@code ?} parameters of a batched INSERT from one item. */
@FunctionalInterface
public interface RowBinder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
}
