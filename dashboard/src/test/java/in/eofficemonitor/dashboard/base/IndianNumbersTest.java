package in.eofficemonitor.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndianNumbersTest {

    @Test
    void smallNumbersHaveNoSeparator() {
        assertThat(IndianNumbers.group(0)).isEqualTo("0");
        assertThat(IndianNumbers.group(999)).isEqualTo("999");
    }

    @Test
    void thousandsAreGroupedLikeEverywhere() {
        assertThat(IndianNumbers.group(8_181)).isEqualTo("8,181");
        assertThat(IndianNumbers.group(21_229)).isEqualTo("21,229");
    }

    @Test
    void lakhsAndCroresAreGroupedInPairs() {
        assertThat(IndianNumbers.group(100_000)).isEqualTo("1,00,000");
        assertThat(IndianNumbers.group(8_654_000)).isEqualTo("86,54,000");
        assertThat(IndianNumbers.group(10_000_000)).isEqualTo("1,00,00,000");
        assertThat(IndianNumbers.group(100_000_000)).isEqualTo("10,00,00,000");
    }

    @Test
    void negativeNumbersKeepTheirSign() {
        assertThat(IndianNumbers.group(-1_234_567)).isEqualTo("-12,34,567");
        assertThat(IndianNumbers.group(Long.MIN_VALUE)).isEqualTo("-92,23,37,20,36,85,47,75,808");
    }

    @Test
    void secretariatFilesPrintAsTheArticlePrintsThem() {
        assertThat(IndianNumbers.inLakh(8_654_000)).isEqualTo("86.54");
    }
}
