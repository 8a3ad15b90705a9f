package in.eofficemonitor.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/** "a=1&b=2" (or "view?a=1&b=2") as the query parameter map browserless navigation takes. */
public final class QueryStrings {

    private QueryStrings() {}

    /** Navigates to a view with query parameters, as typing {@code view?query} into the address bar does. */
    public static <T extends com.vaadin.flow.component.Component> T open(com.vaadin.browserless.SpringBrowserlessTest test,
            Class<T> view, String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(view,
                com.vaadin.flow.router.QueryParameters.simple(parse(query)));
        return view.cast(test.getCurrentView());
    }

    public static Map<String, String> parse(String query) {
        String q = query.contains("?") ? query.substring(query.indexOf('?') + 1) : query.contains("=") ? query : "";
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : q.split("&")) {
            if (!pair.isBlank()) {
                out.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return out;
    }
}
