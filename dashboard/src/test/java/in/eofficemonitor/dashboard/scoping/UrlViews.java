package in.eofficemonitor.dashboard.scoping;

import com.vaadin.browserless.SpringBrowserlessTest;
import in.eofficemonitor.dashboard.desks.ui.DesksViews;
import in.eofficemonitor.dashboard.stuck.ui.StuckViews;
import in.eofficemonitor.dashboard.trail.ui.TrailViews;
import java.util.List;

/** Opens a view by its URL, as a user typing it would, and reads what it shows. */
final class UrlViews {

    private UrlViews() {}

    static List<String> stuckFileIds(SpringBrowserlessTest test, String location) {
        return StuckViews.fileIdsAt(test, location);
    }

    static String stuckCsv(SpringBrowserlessTest test, String location) {
        return StuckViews.csvAt(test, location);
    }

    /** The workbook's rows (the header first), each as its cells' texts. */
    static List<List<String>> stuckXlsxRows(SpringBrowserlessTest test, String location) throws Exception {
        return in.eofficemonitor.dashboard.base.XlsxSheets.rows(StuckViews.xlsxAt(test, location));
    }

    /**
     * Types a path into the address bar and tells what came up: the view's route, or {@code access-denied} when the
     * user's role may not open it.
     */
    static String opened(SpringBrowserlessTest test, String path) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path);
        com.vaadin.flow.component.HasElement view = test.getCurrentView();
        return view instanceof in.eofficemonitor.dashboard.security.ui.AccessDeniedView ? "access-denied"
                : view.getClass().getSimpleName();
    }

    static List<String> deskIds(SpringBrowserlessTest test, String location) {
        return DesksViews.deskIdsAt(test, location);
    }

    static boolean trailFound(SpringBrowserlessTest test, String fileId) {
        return TrailViews.foundAt(test, fileId);
    }
}
