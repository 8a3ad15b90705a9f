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

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.APPEND,
                ChartFont.fontFaceCss("/fonts/regular.ttf", "/fonts/bold.ttf")
                        + "html { --lumo-font-family: 'Noto Sans Devanagari', -apple-system, 'Segoe UI', Roboto, sans-serif;"
                        + " font-family: var(--lumo-font-family); }"
                        + " vaadin-grid::part(slowest) { background-color: #fde2e1; }",
                Inline.Wrapping.STYLESHEET);
    }
}
