package in.eofficemonitor.dashboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Inline;
import in.eofficemonitor.alerts.chart.ChartFont;

/**
 * Page-wide settings: server push (views refresh as events arrive), and the bundled Noto Sans Devanagari as a
 * web font, so Hindi text and the SVG charts (which name that font) render the same on every machine.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
public class AppShell implements AppShellConfigurator {

    /**
     * The top bar on one line: title and name never wrap (the name is cut with an ellipsis); below the phone
     * breakpoint (PhoneColumns.BREAKPOINT_PX, 640 px) the name and the language/logout buttons give way to the user
     * menu button. Key-figure cards share a row, two or more to a phone's width; charts shrink with the screen and
     * no input field is wider than it.
     */
    private static final String PHONE_CSS = """
             .eo-top-bar { padding: 0 0.5em; gap: 0.5em; min-width: 0; }
             .eo-title { font-weight: 700; font-size: 1.2em; white-space: nowrap; }
             .eo-who { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
             .eo-user-actions { flex-shrink: 0; }
             .eo-user-menu { display: none; }
             .eo-figure { flex: 1 1 8.5em; min-width: 0; box-sizing: border-box; }
             .chart { max-width: 100%; } .chart svg { max-width: 100%; height: auto; }
             vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-text-field, vaadin-integer-field, vaadin-select,
             vaadin-date-picker { max-width: 100%; }
             @media (max-width: 639.98px) {
               .eo-who, .eo-user-actions { display: none !important; }
               .eo-user-menu { display: block; margin-inline-start: auto; }
               .eo-title { font-size: 1em; }
             }
            """;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.APPEND,
                ChartFont.fontFaceCss("/fonts/regular.ttf", "/fonts/bold.ttf")
                        + "html { --lumo-font-family: 'Noto Sans Devanagari', -apple-system, 'Segoe UI', Roboto, sans-serif;"
                        + " font-family: var(--lumo-font-family); }"
                        + " vaadin-grid::part(slowest) { background-color: #fde2e1; }"
                        + PHONE_CSS,
                Inline.Wrapping.STYLESHEET);
    }
}
