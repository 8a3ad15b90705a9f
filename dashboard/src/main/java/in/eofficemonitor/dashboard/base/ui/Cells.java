package in.eofficemonitor.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import in.eofficemonitor.dashboard.trail.ui.TrailView;
import java.util.Map;

/** Small pieces several views share. */
public final class Cells {

    private Cells() {}

    /** A file id as a link to its trail: every file id in the app leads there. */
    public static Anchor fileLink(String fileId) {
        String url = RouteConfiguration.forSessionScope().getUrl(TrailView.class);
        Anchor a = new Anchor(url + "?" + QueryParameters.simple(Map.of("file", fileId)).getQueryString(), fileId);
        a.addClassName("file-link");
        return a;
    }
}
