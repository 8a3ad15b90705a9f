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

    /**
     * Navigates to a location as a link or the address bar gives it: a path with an optional, URL-encoded query
     * string ({@code trail?file=UP%2FKNJ-COLL%2F2026%2F000123}); returns the view shown.
     */
    public static com.vaadin.flow.component.Component openLocation(com.vaadin.browserless.SpringBrowserlessTest test,
            String location) {
        int q = location.indexOf('?');
        String path = q < 0 ? location : location.substring(0, q);
        com.vaadin.flow.router.QueryParameters query = q < 0 ? com.vaadin.flow.router.QueryParameters.empty()
                : com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1));
        com.vaadin.flow.component.UI.getCurrent().navigate(path.startsWith("/") ? path.substring(1) : path, query);
        return (com.vaadin.flow.component.Component) test.getCurrentView();
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
