package in.eofficemonitor.streamjobs.simulator;

import static in.eofficemonitor.streamjobs.simulator.SimulatorFixtures.UP;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.OpeningBalance;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A history loaded up to the reference date reproduces the articles' cumulative e-file counts. Counted from the
 * events themselves (FILE CREATED per office category), as the rollout report counts them.
 */
class ArticleCountsTest {

    /** Three days ending on the reference date (Friday 20-11-2026), at a small Secretariat volume. */
    private static final SimulationOptions HISTORY =
            SimulationOptions.history(7, 3, UpScenario.REFERENCE_DATE).withVolume(0.02);

    private static final Map<OfficeCategory, Long> CREATED = new EnumMap<>(OfficeCategory.class);
    private static long[] createdByOffice;
    private static LocalDate lastEventDay;

    @BeforeAll
    static void runHistory() {
        WorldSimulator sim = new WorldSimulator(UP, HISTORY);
        MovementEvent e;
        while ((e = sim.next()) != null) {
            if (e.type() == EventType.CREATED && e.kind() == ItemKind.FILE) {
                CREATED.merge(UP.model(e.officeId()).office().category(), 1L, Long::sum);
            }
            lastEventDay = LocalDate.ofInstant(e.ts(), in.eofficemonitor.warehouse.calendar.OfficeCalendar.ZONE);
        }
        createdByOffice = sim.filesCreatedByOffice();
    }

    @Test
    void hodOfficesCreated21229FilesAsOfTheReferenceDate() {
        assertThat(CREATED.get(OfficeCategory.HOD_OFFICE)).isEqualTo(21_229L);
    }

    @Test
    void policeUnitsIssued8181FilesAsOfTheReferenceDate() {
        assertThat(CREATED.get(OfficeCategory.POLICE_UNIT)).isEqualTo(8_181L);
    }

    @Test
    void secretariatShows86Point54LakhFilesWithItsOpeningBalances() {
        List<OpeningBalance> balances = SimulationWriter.openingBalances(UP, HISTORY, createdByOffice);
        long opening = balances.stream().mapToLong(OpeningBalance::filesCreated).sum();
        assertThat(opening + CREATED.get(OfficeCategory.SECRETARIAT_DEPARTMENT)).isEqualTo(86_54_000L);
        assertThat(balances).hasSize(93).allSatisfy(b -> {
            assertThat(b.officeId()).startsWith("SEC-");
            assertThat(b.before()).isEqualTo(HISTORY.from());
        });
    }

    @Test
    void onlyTheFortySixLiveHodOfficesCreateFiles() {
        long creatingHodOffices = UP.models().stream()
                .filter(m -> m.office().category() == OfficeCategory.HOD_OFFICE && createdByOffice[m.index()] > 0)
                .count();
        assertThat(creatingHodOffices).isEqualTo(46);
    }

    @Test
    void theHistoryEndsOnTheReferenceDate() {
        assertThat(lastEventDay).isBeforeOrEqualTo(UpScenario.REFERENCE_DATE);
    }
}
