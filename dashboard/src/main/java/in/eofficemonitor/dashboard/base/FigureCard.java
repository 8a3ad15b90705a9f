package in.eofficemonitor.dashboard.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One key figure as a card: its label (already translated) above its value in large type. */
public final class FigureCard extends Div {

    private final Span value;

    public FigureCard(String id, String label, String value) {
        this.value = new Span(value);
        this.value.getStyle().set("font-size", "1.6em").set("font-weight", "700");
        add(new Div(new Span(label)), this.value);
        setId(id);
        addClassName("eo-figure");
        getStyle().set("border", "1px solid #ccd").set("border-radius", "8px").set("padding", "0.6em 1em");
    }

    public String value() {
        return value.getText();
    }

    public void setValue(String text) {
        value.setText(text);
    }
}
