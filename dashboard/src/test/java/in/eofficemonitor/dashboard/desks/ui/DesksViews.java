package in.eofficemonitor.dashboard.desks.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import java.util.List;

/** Test access to the package-private desks view from other test packages. */
public final class DesksViews {

    private DesksViews() {}

    public static List<String> deskIdsAt(SpringBrowserlessTest test, String location) {
        return in.eofficemonitor.dashboard.QueryStrings.open(test, DesksView.class, location).grid.getListDataView().getItems().map(PendencyRow::id).toList();
    }
}
