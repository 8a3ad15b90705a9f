package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A simulated state: its registry (offices and desks, as offices.csv / desks.csv carry them), the simulator's
 * model of each office, and the cumulative e-file counts the history must reproduce as of
 * {@link #referenceDate()}.
 *
 * @param fileQuotas per office category, the exact number of FILE CREATED events a history ending on the
 *     reference date makes in that category's LIVE offices (the HOD offices' 21,229 and the police units' 8,181)
 * @param cumulativeFileTargets per office category, the cumulative e-files to show as of the reference date,
 *     reached through opening balances (the Secretariat's 86.54 lakh)
 */
public record Scenario(
        String name,
        LocalDate referenceDate,
        List<Office> offices,
        List<Desk> desks,
        List<OfficeModel> models,
        int[] deskOffice,
        int[] deskLevel,
        Map<OfficeCategory, Integer> fileQuotas,
        Map<OfficeCategory, Long> cumulativeFileTargets) {

    public OfficeModel model(String officeId) {
        for (OfficeModel m : models) {
            if (m.office().officeId().equals(officeId)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no office " + officeId + " in scenario " + name);
    }
}
