package in.eofficemonitor.dashboard.base;

import com.vaadin.flow.component.html.Div;

/** An SVG chart from the chart component, inlined in the page (text in the served Noto Sans Devanagari). */
public final class Svg extends Div {

    public Svg(String svg) {
        addClassName("chart");
        String body = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2) : svg;
        // Our own renderer's output (JFreeSVG escapes every label), never user input.
        getElement().setProperty("innerHTML", body);
    }
}
