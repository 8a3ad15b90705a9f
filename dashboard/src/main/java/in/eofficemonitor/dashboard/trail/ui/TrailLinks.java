package in.eofficemonitor.dashboard.trail.ui;

import com.vaadin.flow.router.RouterLink;

/** A file id anywhere in the app links to its trail. */
public final class TrailLinks {

    private TrailLinks() {}

    public static RouterLink to(String fileId) {
        return new RouterLink(fileId, TrailView.class, fileId);
    }
}
