package in.eofficemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SqlParamsTest {

    @Test
    void instantsAreSentAsIndianStandardTime() {
        assertThat(SqlParams.format(Instant.parse("2026-11-20T04:45:00Z"))).isEqualTo("2026-11-20 10:15:00.000");
        assertThat(SqlParams.format(OffsetDateTime.parse("2026-11-20T10:15:00.250+05:30"))).isEqualTo("2026-11-20 10:15:00.250");
    }

    @Test
    void stringsAreEscapedForTheTextFormatNotQuoted() {
        assertThat(SqlParams.format("O'Brien\\x\tand\nmore")).isEqualTo("O'Brien\\\\x\\tand\\nmore");
    }

    @Test
    void otherTypes() {
        assertThat(SqlParams.format(LocalDate.of(2026, 11, 16))).isEqualTo("2026-11-16");
        assertThat(SqlParams.format(true)).isEqualTo("1");
        assertThat(SqlParams.format(Priority.MOST_IMMEDIATE)).isEqualTo("MOST_IMMEDIATE");
        assertThat(SqlParams.format(42L)).isEqualTo("42");
        assertThat(SqlParams.format(null)).isEqualTo("\\N");
    }

    @Test
    void parameterNamesCannotCarrySql() {
        assertThatThrownBy(() -> SqlParams.of("x=1&param_y", "z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScopeFillsBothScopeParameters() {
        assertThat(Scope.district("Kanpur Nagar").addTo(SqlParams.none()).asText())
                .containsEntry("district", "Kanpur Nagar").containsEntry("office", "");
        assertThat(Scope.state().addTo(SqlParams.none()).asText())
                .containsEntry("district", "").containsEntry("office", "");
    }
}
