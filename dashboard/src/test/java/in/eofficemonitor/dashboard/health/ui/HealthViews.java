package in.eofficemonitor.dashboard.health.ui;

import com.vaadin.browserless.SpringBrowserlessTest;

/** Test access to the package-private health view from other test packages. */
public final class HealthViews {

    private HealthViews() {}

    /** The health view's line about alert mails that did not go out, as the state team reads it. */
    public static String failedDeliveriesLine(SpringBrowserlessTest test) {
        HealthView view = test.navigate(HealthView.class);
        return view.failedDeliveries.getElement().getTextRecursively();
    }
}
