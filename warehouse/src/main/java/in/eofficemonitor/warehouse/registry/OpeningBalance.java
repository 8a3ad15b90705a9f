package in.eofficemonitor.warehouse.registry;

import java.time.LocalDate;

/**
 * E-files an office created before the first day of the event history ({@code before}), which the events do
 * not carry (opening-balances.csv). Cumulative "files created" of an office as of a day = its opening balance +
 * its FILE CREATED events up to that day. Real exports use it when the history starts after go-live; the
 * scenario "up" uses it for the Secretariat's 86.54 lakh e-files (docs/simulator.md).
 */
public record OpeningBalance(String officeId, LocalDate before, long filesCreated) {}
