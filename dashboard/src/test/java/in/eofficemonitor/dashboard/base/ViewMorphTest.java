package in.eofficemonitor.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An open view brought up to date from a fresh copy keeps its components; only what they show changes. */
class ViewMorphTest {

    /** A small stand-in for a view built in its constructor from data. */
    static final class Page extends Div {
        final Paragraph period = new Paragraph();
        final Grid<String> grid = new Grid<>();
        final Div figure = new Div();

        Page(String periodText, List<String> rows, boolean warning, boolean extraSection) {
            period.setText(periodText);
            grid.setId("rows");
            grid.addColumn(s -> s).setKey("name").setComparator(s -> s);
            grid.setItems(rows);
            figure.add(new Span(String.valueOf(rows.size())));
            if (warning) {
                figure.getStyle().set("color", "red");
            }
            add(period, grid, figure);
            if (extraSection) {
                add(new H3("extra"));
            }
        }
    }

    @Test
    void textsRowsAndStylesFollowTheCopyWhileTheComponentsAndTheSortOrderStay() {
        Page open = new Page("01-12-2026", List.of("a", "b"), false, false);
        open.grid.sort(List.of(new GridSortOrder<>(open.grid.getColumnByKey("name"), SortDirection.DESCENDING)));
        Grid<String> grid = open.grid;
        Span count = (Span) open.figure.getChildren().findFirst().orElseThrow();

        ViewMorph.into(open, new Page("02-12-2026", List.of("a", "b", "c"), true, false));

        assertThat(open.grid).isSameAs(grid);
        assertThat(open.getChildren()).contains(grid, open.period, open.figure);
        assertThat(grid.getListDataView().getItems()).containsExactly("c", "b", "a");
        assertThat(grid.getSortOrder()).singleElement().satisfies(o -> assertThat(o.getDirection()).isEqualTo(SortDirection.DESCENDING));
        assertThat(open.period.getText()).isEqualTo("02-12-2026");
        assertThat(open.figure.getChildren()).containsExactly(count);
        assertThat(count.getText()).isEqualTo("3");
        assertThat(open.figure.getStyle().get("color")).isEqualTo("red");

        ViewMorph.into(open, new Page("03-12-2026", List.of("a"), false, false));
        assertThat(open.figure.getStyle().get("color")).as("a style the copy no longer has goes").isNull();
    }

    @Test
    void aSectionThatAppearedReplacesTheChildrenWithTheCopys() {
        Page open = new Page("01-12-2026", List.of("a"), false, false);
        Page fresh = new Page("02-12-2026", List.of("a", "b"), false, true);

        ViewMorph.into(open, fresh);

        assertThat(open.getChildren().map(c -> c.getClass().getSimpleName())).containsExactly("Paragraph", "Grid", "Div", "H3");
        assertThat(open.getChildren()).contains(fresh.grid).doesNotContain(open.grid);
    }

    @Test
    void aViewOfAnotherKindCannotRefreshThisOne() {
        assertThatThrownBy(() -> ViewMorph.into(new Page("x", List.of(), false, false), new Div()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
