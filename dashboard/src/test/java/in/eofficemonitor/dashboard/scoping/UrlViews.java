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

    static List<String> deskIds(SpringBrowserlessTest test, String location) {
        return DesksViews.deskIdsAt(test, location);
    }

    static boolean trailFound(SpringBrowserlessTest test, String fileId) {
        return TrailViews.foundAt(test, fileId);
    }
}
