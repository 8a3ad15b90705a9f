package in.eofficemonitor.dashboard.trail.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Test access to the package-private trail view from other test packages. */
public final class TrailViews {

    private TrailViews() {}

    /** The trail a trail view shows: the file's id, or empty when it showed none. */
    public static String fileShown(com.vaadin.flow.component.Component view) {
        TrailView trail = (TrailView) view;
        return trail.notFound.getText().isEmpty() && trail.stays.getListDataView().getItemCount() > 0
                ? trail.fileId.getValue() : "";
    }

    /** Opens /trail?file=ID, the form every link uses, and tells whether it showed a trail. */
    public static boolean foundAt(SpringBrowserlessTest test, String fileId) {
        TrailView view = (TrailView) in.eofficemonitor.dashboard.QueryStrings.openLocation(test,
                "trail?file=" + URLEncoder.encode(fileId, StandardCharsets.UTF_8));
        return view.notFound.getText().isEmpty() && view.stays.getListDataView().getItemCount() > 0;
    }
}
