package in.eofficemonitor.warehouse.pendency;

import java.time.LocalDate;

/** Pendency at the end of one day (Asia/Kolkata) of a trend. */
public record PendencyPoint(LocalDate day, long files, long receipts) {
    public long total() {
        return files + receipts;
    }
}
