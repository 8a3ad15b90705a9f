package in.eofficemonitor.dashboard.audit;

/**
 * Published (as a Spring application event) by a view when it hands the user a download, on the thread of the
 * download's request: the audit trail records who took which rows of which view.
 *
 * @param view the view's route, e.g. {@code stuck}
 * @param fileName the file as the browser saves it
 * @param rows data rows in the file (without the header)
 */
public record Exported(String view, String fileName, long rows) {}
