package in.eofficemonitor.dashboard.trail.ui;

import com.vaadin.browserless.SpringBrowserlessTest;

/** Test access to the package-private trail view from other test packages. */
public final class TrailViews {

    private TrailViews() {}

    /** Opens /trail/ID and tells whether it showed a trail. */
    public static boolean foundAt(SpringBrowserlessTest test, String fileId) {
        TrailView view = test.navigate(TrailView.class, fileId);
        return view.notFound.getText().isEmpty() && view.stays.getListDataView().getItemCount() > 0;
    }
}
