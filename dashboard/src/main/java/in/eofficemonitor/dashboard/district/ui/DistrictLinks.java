package in.eofficemonitor.dashboard.district.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/** A district named anywhere in the app links to its district view: {@code district?district=NAME}. */
public final class DistrictLinks {

    private DistrictLinks() {}

    public static RouterLink to(String text, String district) {
        RouterLink link = new RouterLink(text, DistrictView.class);
        link.setQueryParameters(query(district));
        return link;
    }

    static QueryParameters query(String district) {
        return QueryParameters.of(DistrictView.DISTRICT_PARAMETER, district);
    }
}
