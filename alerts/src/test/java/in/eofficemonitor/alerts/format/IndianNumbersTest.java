package in.eofficemonitor.alerts.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndianNumbersTest {

    @Test
    void groupsLakhsAndCrores() {
        assertThat(IndianNumbers.group(0)).isEqualTo("0");
        assertThat(IndianNumbers.group(999)).isEqualTo("999");
        assertThat(IndianNumbers.group(1_000)).isEqualTo("1,000");
        assertThat(IndianNumbers.group(125_000)).isEqualTo("1,25,000");
        assertThat(IndianNumbers.group(8_650_000)).isEqualTo("86,50,000");
        assertThat(IndianNumbers.group(123_456_789)).isEqualTo("12,34,56,789");
        assertThat(IndianNumbers.group(-1_234_567)).isEqualTo("-12,34,567");
    }

    @Test
    void keepsDecimalsRounded() {
        assertThat(IndianNumbers.group(123456.789, 1)).isEqualTo("1,23,456.8");
        assertThat(IndianNumbers.group(0.456, 2)).isEqualTo("0.46");
    }

    @Test
    void axisFormatGroupsWholeNumbers() {
        assertThat(new IndianNumberFormat(0).format(2_500_000.0)).isEqualTo("25,00,000");
    }
}
