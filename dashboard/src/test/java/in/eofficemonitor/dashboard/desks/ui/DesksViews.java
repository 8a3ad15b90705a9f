package in.eofficemonitor.dashboard.desks.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;

/** Test access to the package-private desks view from other test packages. */
public final class DesksViews {

    private DesksViews() {}

    /** The desk ids the view shows now, if it is a desks view (the mails' office links open one). */
    public static List<String> deskIdsShown(com.vaadin.flow.component.Component view) {
        return ((DesksView) view).deskIds();
    }

    public static List<String> deskIdsAt(SpringBrowserlessTest test, String location) {
        return in.eofficemonitor.dashboard.QueryStrings.open(test, DesksView.class, location).deskIds();
    }
}
