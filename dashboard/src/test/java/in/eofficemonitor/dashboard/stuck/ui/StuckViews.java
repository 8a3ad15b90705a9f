package in.eofficemonitor.dashboard.stuck.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import in.eofficemonitor.dashboard.stuck.StuckLine;
import in.eofficemonitor.dashboard.stuck.StuckService;
import java.util.List;

/** Test access to the package-private stuck view from other test packages. */
public final class StuckViews {

    private StuckViews() {}

    /** The file ids the view shows now, if it is a stuck view (the mails' desk links open one). */
    public static List<String> fileIdsShown(com.vaadin.flow.component.Component view) {
        return ((StuckView) view).onScreen().stream().map(StuckLine::fileId).toList();
    }

    public static List<String> fileIdsAt(SpringBrowserlessTest test, String location) {
        return in.eofficemonitor.dashboard.QueryStrings.open(test, StuckView.class, location).onScreen().stream().map(StuckLine::fileId).toList();
    }

    /** The Excel workbook the stuck view offers for what it shows at {@code location}. */
    public static byte[] xlsxAt(SpringBrowserlessTest test, String location) {
        return StuckService.xlsx(in.eofficemonitor.dashboard.QueryStrings.open(test, StuckView.class, location).onScreen());
    }

    public static String csvAt(SpringBrowserlessTest test, String location) {
        return StuckService.csv(in.eofficemonitor.dashboard.QueryStrings.open(test, StuckView.class, location).onScreen());
    }

    /** Downloads the CSV of what the stuck view shows at {@code location}, as the download link does (audited). */
    public static String downloadCsvAt(SpringBrowserlessTest test, String location) {
        return new String(in.eofficemonitor.dashboard.QueryStrings.open(test, StuckView.class, location).csvDownload(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
