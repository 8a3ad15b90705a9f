package in.eofficemonitor.warehouse.movement;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseTesting;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.stuck.StuckFilter;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * open_stays (V015) against the whole history: the same stays, the same answers after the latest event, and a
 * replayed open row never reopens a closed stay.
 */
class StaysTableIT {

    private final Warehouse fixtures = UpFixtures.warehouse();

    private Instant latestEvent() {
        return fixtures.querySql("it/latest", "SELECT max(ts) AS t FROM movement_events", SqlParams.none(),
                r -> r.instant("t")).getFirst();
    }

    @Test
    void openStaysHoldExactlyTheStaysStillOpenInTheHistory() {
        String columns = "file_id, desk_id, toString(arrived_at) AS arrived, toString(stuck_at) AS stuck";
        List<String> open = fixtures.querySql("it/open", "SELECT " + columns + " FROM open_stays FINAL ORDER BY ALL",
                SqlParams.none(), r -> r.string("file_id") + " " + r.string("desk_id") + " " + r.string("arrived")
                        + " " + r.string("stuck"));
        List<String> history = fixtures.querySql("it/history", "SELECT " + columns
                        + " FROM desk_visits FINAL WHERE left_at IS NULL ORDER BY ALL", SqlParams.none(),
                r -> r.string("file_id") + " " + r.string("desk_id") + " " + r.string("arrived") + " "
                        + r.string("stuck"));

        assertThat(history).isNotEmpty();
        assertThat(open).containsExactlyElementsOf(history);
    }

    @Test
    void afterTheLatestEventTheOpenStaysAnswerAsTheWholeHistoryDoes() {
        Instant later = latestEvent().plus(Duration.ofDays(3));
        assertThat(StaysTable.answering(fixtures, later)).isEqualTo(StaysTable.OPEN_STAYS);

        SqlParams pendencyParams = Scope.state().addTo(SqlParams.of("as_of", later).and("level", "desk"));
        List<String> fromHistory = fixtures.query("pendency/as_of", StaysTable.ALL_STAYS.addTo(pendencyParams),
                r -> r.string("id") + " " + r.longValue("files") + " " + r.longValue("receipts") + " "
                        + r.longValue("age_8_15"));
        List<String> answered = new PendencyQueries(fixtures).asOf(later, PendencyLevel.DESK, Scope.state()).stream()
                .map(p -> p.id() + " " + p.files() + " " + p.receipts() + " " + p.ages().days8To15()).toList();
        assertThat(fromHistory).isNotEmpty();
        assertThat(answered).containsExactlyElementsOf(fromHistory);

        SqlParams stuckParams = Scope.state().addTo(SqlParams.of("as_of", later).and("calendar_days", false)
                .and("desk", "").and("priority", "").and("kind", "").and("min_days", 0).and("max_days", null)
                .and("limit", Long.MAX_VALUE));
        List<String> stuckFromHistory = fixtures.query("stuck/as_of", StaysTable.ALL_STAYS.addTo(stuckParams),
                r -> r.string("file_id") + " " + r.string("desk_id"));
        List<String> stuckAnswered = new StuckQueries(fixtures).asOf(later, false, StuckFilter.in(Scope.state()))
                .stream().map(s -> s.fileId() + " " + s.deskId()).toList();
        assertThat(stuckFromHistory).isNotEmpty();
        assertThat(stuckAnswered).containsExactlyElementsOf(stuckFromHistory);
    }

    @Test
    void aTimeBeforeTheLatestEventIsAnsweredFromTheWholeHistory() {
        Instant latest = latestEvent();

        assertThat(StaysTable.answering(fixtures, latest.minusMillis(1))).isEqualTo(StaysTable.ALL_STAYS);
        assertThat(StaysTable.answering(fixtures, latest)).isEqualTo(StaysTable.OPEN_STAYS);
    }

    @Test
    void aReplayedOpenRowNeverReopensAClosedStayAndCleanupDropsClosedOnes() {
        try (Warehouse w = WarehouseTesting.open("it_open_stays")) {
            WarehouseTesting.truncateAll(w);
            String insert = "INSERT INTO desk_visits (file_id, kind, priority, office_id, desk_id, arrived_at, "
                    + "arrived_by, arrived_event_id, stuck_at, stuck_at_calendar, left_at, left_by, left_event_id, "
                    + "version) VALUES ";
            String closedOpen = "('F-1', 'FILE', 'NORMAL', 'O', 'D-1', '2026-11-02 10:00:00', 'CREATED', 'e1', "
                    + "'2026-11-11 10:00:00', '2026-11-09 10:00:00', NULL, NULL, '', 1)";
            String closed = "('F-1', 'FILE', 'NORMAL', 'O', 'D-1', '2026-11-02 10:00:00', 'CREATED', 'e1', "
                    + "'2026-11-11 10:00:00', '2026-11-09 10:00:00', '2026-11-03 10:00:00', 'FORWARDED', 'e2', 2)";
            String stillOpen = "('F-1', 'FILE', 'NORMAL', 'O', 'D-2', '2026-11-03 10:00:00', 'FORWARDED', 'e2', "
                    + "'2026-11-12 10:00:00', '2026-11-10 10:00:00', NULL, NULL, '', 1)";
            w.execute(insert + closedOpen);
            w.execute(insert + closed + ", " + stillOpen);
            w.execute(insert + closedOpen); // a replay from a checkpoint taken before the stay closed

            assertThat(openDesks(w, "open_stays FINAL")).containsExactly("D-2");
            w.execute("OPTIMIZE TABLE open_stays FINAL CLEANUP");
            assertThat(openDesks(w, "open_stays")).as("rows left on disk").containsExactly("D-2");
        }
    }

    private static List<String> openDesks(Warehouse w, String from) {
        return w.querySql("it/open-desks", "SELECT desk_id FROM " + from + " ORDER BY desk_id", SqlParams.none(),
                r -> r.string("desk_id"));
    }
}
