package in.eofficemonitor.warehouse.kpis;

import java.time.LocalDate;

/** e-Files and e-receipts created in the week beginning on {@code monday} (Asia/Kolkata). */
public record WeeklyCreated(LocalDate monday, long files, long receipts) {}
