package in.eofficemonitor.dashboard.trail.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * A file id anywhere in the app links to its trail: {@code trail?file=ID}, the form the alerts' mails link to as
 * well ({@code DashboardLinks.file}). The id is a query parameter because file ids contain slashes.
 */
public final class TrailLinks {

    private TrailLinks() {}

    public static RouterLink to(String fileId) {
        RouterLink link = new RouterLink(fileId, TrailView.class);
        link.setQueryParameters(query(fileId));
        return link;
    }

    static QueryParameters query(String fileId) {
        return QueryParameters.of(TrailView.FILE_PARAMETER, fileId);
    }
}
