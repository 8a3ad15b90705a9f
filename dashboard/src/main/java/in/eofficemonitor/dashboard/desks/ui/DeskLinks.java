package in.eofficemonitor.dashboard.desks.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/** An office named anywhere in the app links to the pendency of its desks: {@code desks?office=ID}. */
public final class DeskLinks {

    private DeskLinks() {}

    public static RouterLink toOffice(String text, String officeId) {
        RouterLink link = new RouterLink(text, DesksView.class);
        link.setQueryParameters(QueryParameters.of(DesksView.OFFICE_PARAMETER, officeId));
        return link;
    }
}
