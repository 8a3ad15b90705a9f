package in.eofficemonitor.dashboard.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * On a narrow screen a grid shows only its most important columns: a dozen desktop columns squeezed into a phone
 * are unreadable, and a sideways-scrolling table hides the figure the reader came for. The browser reports its
 * width when the view attaches and whenever the window is resized; below {@link #BREAKPOINT_PX} every column not
 * named here is hidden, and shown again when the window widens.
 */
public final class PhoneColumns {

    /** Widths below this (CSS pixels) count as a phone; the same breakpoint as the top bar's in the stylesheet. */
    public static final int BREAKPOINT_PX = 640;

    private PhoneColumns() {
    }

    @SafeVarargs
    public static <T> void keepOnPhone(Grid<T> grid, Grid.Column<T>... kept) {
        List<Grid.Column<T>> keep = List.of(kept);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> apply(grid, keep, details.getWindowInnerWidth()));
            resize[0] = ui.getPage().addBrowserWindowResizeListener(e -> apply(grid, keep, e.getWidth()));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    /** Shows every column on a wide window; only the kept ones on a narrow one. */
    static <T> void apply(Grid<T> grid, List<Grid.Column<T>> keep, int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < BREAKPOINT_PX;
        grid.getColumns().forEach(c -> c.setVisible(!phone || keep.contains(c)));
    }
}
