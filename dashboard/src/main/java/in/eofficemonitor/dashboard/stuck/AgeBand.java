package in.eofficemonitor.dashboard.stuck;

import java.util.Optional;

/** The age buckets of DESIGN §3 as a filter: whole days at the desk, both bounds included. */
public enum AgeBand {
    D0_7(0, 7L),
    D8_15(8, 15L),
    D16_30(16, 30L),
    D31_90(31, 90L),
    D91_180(91, 180L),
    OVER_180(181, null);

    private final long minDays;
    private final Long maxDays;

    AgeBand(long minDays, Long maxDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public long minDays() {
        return minDays;
    }

    /** The upper bound, or {@code null} for the last bucket. */
    public Long maxDays() {
        return maxDays;
    }

    /** The key used in URLs ({@code age=31_90}) and in the message keys ({@code age.31_90}). */
    public String key() {
        return name().equals("OVER_180") ? "over_180" : name().substring(1);
    }

    public static Optional<AgeBand> fromKey(String key) {
        for (AgeBand b : values()) {
            if (b.key().equals(key)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
