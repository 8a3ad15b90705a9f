package in.eofficemonitor.warehouse.kpis;

import java.time.Instant;
import java.util.Optional;

/**
 * A registered desk with no action in the 30 days up to the end of a period: one of the desks counted in
 * {@link KpiRow#idleDesks()} (UP withholds the salary of staff who never log in).
 *
 * @param lastAction the desk's latest action before those 30 days, if any is recorded
 */
public record IdleDesk(String deskId, String officeId, String designation, String designationHi, String holderName,
        String officeName, String officeNameHi, Optional<Instant> lastAction) {}
