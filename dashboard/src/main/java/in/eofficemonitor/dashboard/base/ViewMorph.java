package in.eofficemonitor.dashboard.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Brings an open view up to date from a freshly built copy of it without replacing what the user is looking at:
 * the components stay, only what they show changes — a grid gets the copy's rows (and keeps its columns, sort order
 * and selection), a text its new text, a chart its new SVG, and classes, inline styles and visibility follow the
 * copy. Where the copy's structure differs (a section that appeared or went), that part is replaced by the copy's
 * components. The page keeps its scroll position because the elements above the change keep their size.
 *
 * <p>For views whose content is a function of the user and the route, built in their constructor (the overview):
 * they need no refresh method of their own. A view with inputs that decide its content (filters, a date) must
 * refresh itself instead: a fresh copy would be built with the default inputs while the open view keeps the user's.
 */
public final class ViewMorph {

    private ViewMorph() {}

    /** Makes {@code open} show what {@code fresh} shows; {@code fresh} is taken apart and must not be used after. */
    public static void into(Component open, Component fresh) {
        if (!morph(open, fresh)) {
            throw new IllegalArgumentException("a " + fresh.getClass().getSimpleName() + " cannot refresh a "
                    + open.getClass().getSimpleName());
        }
    }

    private static boolean morph(Component open, Component fresh) {
        if (open.getClass() != fresh.getClass() || !Objects.equals(open.getId(), fresh.getId())) {
            return false;
        }
        copyLook(open.getElement(), fresh.getElement());
        open.setVisible(fresh.isVisible());
        if (open instanceof Grid<?> grid) {
            return copyRows(grid, (Grid<?>) fresh);
        }
        if (open instanceof Svg) {
            open.getElement().setProperty("innerHTML", fresh.getElement().getProperty("innerHTML", ""));
            return true;
        }
        List<Component> was = open.getChildren().toList();
        List<Component> now = fresh.getChildren().toList();
        if (was.isEmpty() && now.isEmpty()) {
            String text = fresh.getElement().getText();
            if (!text.equals(open.getElement().getText())) {
                open.getElement().setText(text);
            }
            return true;
        }
        Element parent = open.getElement();
        if (was.size() != now.size() || !sameElements(parent, was)) {
            parent.removeAllChildren();
            now.forEach(c -> parent.appendChild(c.getElement()));
            return true;
        }
        for (int i = 0; i < was.size(); i++) {
            if (!morph(was.get(i), now.get(i))) {
                int at = parent.indexOfChild(was.get(i).getElement());
                parent.removeChild(at);
                parent.insertChild(at, now.get(i).getElement());
            }
        }
        return true;
    }

    /** Children that are the element's own children in order (not virtual ones, which element surgery cannot reach). */
    private static boolean sameElements(Element parent, List<Component> children) {
        if (parent.getChildCount() != children.size()) {
            return false;
        }
        for (int i = 0; i < children.size(); i++) {
            // Element objects are views of state nodes, made anew on each call: compare them with equals.
            if (!parent.getChild(i).equals(children.get(i).getElement())) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean copyRows(Grid open, Grid fresh) {
        try {
            open.setItems(fresh.getListDataView().getItems().toList());
            return true;
        } catch (IllegalStateException notInMemory) {
            return false; // a lazy data provider: the copy's grid replaces this one
        }
    }

    private static void copyLook(Element open, Element fresh) {
        Set<String> classes = new HashSet<>(fresh.getClassList());
        if (!classes.equals(new HashSet<>(open.getClassList()))) {
            open.getClassList().clear();
            open.getClassList().addAll(classes);
        }
        Set<String> styles = new HashSet<>();
        fresh.getStyle().getNames().forEach(name -> {
            styles.add(name);
            String value = fresh.getStyle().get(name);
            if (!value.equals(open.getStyle().get(name))) {
                open.getStyle().set(name, value);
            }
        });
        open.getStyle().getNames().filter(name -> !styles.contains(name)).toList().forEach(open.getStyle()::remove);
        String theme = fresh.getAttribute("theme");
        if (!Objects.equals(theme, open.getAttribute("theme"))) {
            if (theme == null) {
                open.removeAttribute("theme");
            } else {
                open.setAttribute("theme", theme);
            }
        }
    }
}
