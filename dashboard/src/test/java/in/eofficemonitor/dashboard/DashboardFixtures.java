package in.eofficemonitor.dashboard;

import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.fixtures.FixtureWriter;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Duration;
import java.time.Instant;

/**
 * Two districts the dashboard tests look at, written into the app's own warehouse the way the jobs write:
 * <pre>
 *  KNJ-1  file     NORMAL     at the Kannauj Collectorate's assistant grade 3 for 20 days (stuck)
 *  KNJ-2  receipt  NORMAL     created at Kannauj AG3, forwarded to the office superintendent 2 days ago
 *  LKO-1  file     IMMEDIATE  at the Lucknow Collectorate's office superintendent for 40 days (stuck)
 *  SEC-1  file     NORMAL     Revenue Department, under secretary, 100 days (stuck)
 * </pre>
 * The demo users see: cs everything; dm-kannauj Kannauj only; dm-lucknow Lucknow only.
 */
public final class DashboardFixtures {

    public static final String KANNAUJ_STUCK_FILE = "UP/KNJ/2026/00001";
    public static final String KANNAUJ_RECEIPT = "UP/KNJ/2026/R0002";
    public static final String LUCKNOW_STUCK_FILE = "UP/LKO/2026/00001";
    public static final String SECRETARIAT_FILE = "UP/REV/2026/00123";

    private static boolean loaded;

    private DashboardFixtures() {}

    public static synchronized void load(Warehouse warehouse) {
        if (loaded) {
            return;
        }
        Instant now = Instant.now();
        FixtureWriter w = new FixtureWriter(warehouse);
        w.office("KNJ-COLL", "Collectorate, Kannauj", "कलेक्ट्रेट, कन्नौज", OfficeCategory.DISTRICT_OFFICE, "Kannauj",
                RolloutStage.LIVE);
        w.office("LKO-COLL", "Collectorate, Lucknow", "कलेक्ट्रेट, लखनऊ", OfficeCategory.DISTRICT_OFFICE, "Lucknow",
                RolloutStage.IN_PROGRESS);
        w.office("SEC-REV", "Revenue Department", "राजस्व विभाग", OfficeCategory.SECRETARIAT_DEPARTMENT, "",
                RolloutStage.LIVE);
        w.desk("KNJ-COLL-AG3-01", "KNJ-COLL", "Assistant Grade 3", "सहायक ग्रेड 3");
        w.desk("KNJ-COLL-OS-01", "KNJ-COLL", "Office Superintendent", "कार्यालय अधीक्षक");
        w.desk("LKO-COLL-OS-01", "LKO-COLL", "Office Superintendent", "कार्यालय अधीक्षक");
        w.desk("SEC-REV-US-01", "SEC-REV", "Under Secretary", "अनु सचिव");
        w.item(KANNAUJ_STUCK_FILE, ItemKind.FILE, Priority.NORMAL)
                .created("KNJ-COLL", "KNJ-COLL-AG3-01", now.minus(Duration.ofDays(20)));
        w.item(KANNAUJ_RECEIPT, ItemKind.RECEIPT, Priority.NORMAL)
                .created("KNJ-COLL", "KNJ-COLL-AG3-01", now.minus(Duration.ofDays(3)))
                .forwarded("KNJ-COLL-OS-01", now.minus(Duration.ofDays(2)));
        w.item(LUCKNOW_STUCK_FILE, ItemKind.FILE, Priority.IMMEDIATE)
                .created("LKO-COLL", "LKO-COLL-OS-01", now.minus(Duration.ofDays(40)));
        w.item(SECRETARIAT_FILE, ItemKind.FILE, Priority.NORMAL)
                .created("SEC-REV", "SEC-REV-US-01", now.minus(Duration.ofDays(100)));
        w.deadLetter("file:events.jsonl:7", "NOT_JSON", "{\"event_id\": \"e-7\"", now.minus(Duration.ofHours(1)));
        w.flush();
        loaded = true;
    }
}
