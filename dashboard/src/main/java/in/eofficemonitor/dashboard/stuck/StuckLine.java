package in.eofficemonitor.dashboard.stuck;

import java.time.Instant;

/** One stuck file or receipt as the stuck view lists (and exports) it, with its office named. */
public record StuckLine(String fileId, String kind, String priority, String officeId, String officeName,
        String officeNameHi, String district, String deskId, Instant arrivedAt, Instant stuckSince, long dwellDays) {}
