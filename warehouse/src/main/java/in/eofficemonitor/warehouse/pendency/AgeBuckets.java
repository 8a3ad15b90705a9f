package in.eofficemonitor.warehouse.pendency;

/**
 * Pending items by whole days of dwell at their current desk (DESIGN §3 buckets: 7 days of CSMOP para 60, the
 * PMO's 15 days / 1 month / 3 months, the Cabinet Secretariat's 180 days). Files and receipts together.
 */
public record AgeBuckets(long days0To7, long days8To15, long days16To30, long days31To90, long days91To180,
        long over180) {

    /** Bucket labels in column order, as in CSV headers. */
    public static final String[] COLUMNS = {"age_0_7", "age_8_15", "age_16_30", "age_31_90", "age_91_180",
        "age_over_180"};

    public long total() {
        return days0To7 + days8To15 + days16To30 + days31To90 + days91To180 + over180;
    }

    public long[] asArray() {
        return new long[] {days0To7, days8To15, days16To30, days31To90, days91To180, over180};
    }
}
