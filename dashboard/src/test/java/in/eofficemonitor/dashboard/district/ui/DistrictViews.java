package in.eofficemonitor.dashboard.district.ui;

import com.vaadin.flow.component.Component;
import in.eofficemonitor.dashboard.district.DistrictService.OfficeLine;
import java.util.List;

/** Test access to the package-private district view from other test packages. */
public final class DistrictViews {

    private DistrictViews() {}

    /** The office ids a district view shows now. */
    public static List<String> officeIdsShown(Component view) {
        return ((DistrictView) view).offices.getListDataView().getItems().map(OfficeLine::officeId).toList();
    }
}
