package in.eofficemonitor.dashboard.trail.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.shared.Registration;
import in.eofficemonitor.dashboard.base.PhoneColumns;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.dashboard.trail.TrailService;
import in.eofficemonitor.warehouse.trail.FilePosition;
import in.eofficemonitor.warehouse.trail.FileTrail;
import in.eofficemonitor.warehouse.trail.TrailStay;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * One file's trail: every stay at a desk with its dwell, the desk holding it now and for how long. Reached by
 * {@code /trail?file=FILE-ID} (every file id in the app and in the mails links so, {@link TrailLinks}), by
 * {@code /trail/FILE-ID} typed into the address bar — a wildcard parameter, so an id with slashes
 * ({@code /trail/UP/KNJ-COLL/2026/000123}) is one id — or by typing an id into the field.
 */
@Route(value = "trail", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
class TrailView extends VerticalLayout implements HasUrlParameter<String> {

    /** The query parameter that names the file. */
    static final String FILE_PARAMETER = "file";

    private final TrailService service;
    final TextField fileId = new TextField();
    final Button find = new Button();
    final Paragraph current = new Paragraph();
    final Paragraph details = new Paragraph();
    final Span notFound = new Span();
    /** File ids beginning with what is typed (scoped), each a link to its trail. */
    final FlexLayout suggestions = new FlexLayout();
    final Grid<TrailStay> stays = new Grid<>();
    private final LiveRefresh live;
    private Registration liveRegistration;
    /** The file whose trail is shown; refreshed while open (not a file that was not found: no repeated denials). */
    private String shownFile;

    TrailView(TrailService service, LiveRefresh live) {
        this.service = service;
        this.live = live;
        boolean hindi = DashboardI18n.isHindi(getLocale());
        setSizeFull();
        add(new H2(getTranslation("trail.title")));
        fileId.setId("file-id");
        fileId.setLabel(getTranslation("trail.fileId"));
        fileId.setWidth("24em");
        find.setText(getTranslation("trail.find"));
        find.setId("find");
        find.addClickShortcut(Key.ENTER);
        find.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TrailView.class,
                TrailLinks.query(fileId.getValue().strip()))));
        fileId.setValueChangeMode(ValueChangeMode.LAZY);
        fileId.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggest(e.getValue());
            }
        });
        suggestions.setId("suggestions");
        suggestions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        suggestions.getStyle().set("gap", "0.2em 1em");
        HorizontalLayout search = new HorizontalLayout(fileId, find);
        search.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        notFound.setId("not-found");
        current.setId("current");
        stays.setId("stays");
        Grid.Column<TrailStay> desk = stays.addColumn(s -> hindi && !s.designationHi().isBlank() ? s.designationHi() : s.designation())
                .setHeader(getTranslation("desks.desk")).setAutoWidth(true);
        stays.addColumn(TrailStay::deskId).setHeader(getTranslation("desks.deskId")).setAutoWidth(true);
        stays.addColumn(s -> hindi && !s.officeNameHi().isBlank() ? s.officeNameHi() : s.officeName())
                .setHeader(getTranslation("filter.office")).setAutoWidth(true);
        Grid.Column<TrailStay> arrived = stays.addColumn(s -> Formats.dateTime(s.arrivedAt())).setHeader(getTranslation("stuck.arrived"));
        stays.addColumn(s -> getTranslation("event." + s.arrivedBy())).setHeader(getTranslation("trail.arrivedBy"));
        stays.addColumn(s -> s.leftAt() == null ? getTranslation("trail.stillHere") : Formats.dateTime(s.leftAt()))
                .setHeader(getTranslation("trail.left"));
        stays.addColumn(s -> Formats.dwell(s.dwell(), getLocale())).setHeader(getTranslation("trail.dwell")).setKey("dwell");
        stays.setPartNameGenerator(s -> s.current() ? "slowest" : null);
        PhoneColumns.keepOnPhone(stays, desk, arrived, stays.getColumnByKey("dwell"));
        add(search, suggestions, notFound, current, details, stays);
        setFlexGrow(1, stays);
    }

    void suggest(String typed) {
        suggestions.removeAll();
        service.suggest(typed).forEach(id -> suggestions.add(TrailLinks.to(id)));
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String path) {
        String id = path != null && !path.isBlank() ? path
                : event.getLocation().getQueryParameters().getSingleParameter(FILE_PARAMETER).orElse("");
        fileId.setValue(id.strip());
        show(id.strip());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.register(event.getUI(), () -> {
            if (shownFile != null) {
                show(shownFile);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
    }

    /** The trail of one file; the search field and the suggestions are left as the user has them. */
    void show(String id) {
        shownFile = null;
        notFound.setText("");
        current.setText("");
        details.setText("");
        stays.setItems();
        if (id == null || id.isBlank()) {
            return;
        }
        Optional<FileTrail> trail = service.trail(id);
        if (trail.isEmpty()) {
            notFound.setText(getTranslation("trail.notFound", id));
            return;
        }
        FileTrail t = trail.get();
        shownFile = id;
        stays.setItems(t.stays());
        t.position().ifPresent(p -> details.setText(describe(p)));
        current.setText(t.currentStay()
                .map(s -> getTranslation("trail.current",
                        (hindi() && !s.designationHi().isBlank() ? s.designationHi() : s.designation()) + " (" + s.deskId() + ")",
                        Formats.dateTime(s.arrivedAt()), Formats.dwell(s.dwell(), getLocale())))
                .orElse(getTranslation("trail.closed")));
    }

    private boolean hindi() {
        return DashboardI18n.isHindi(getLocale());
    }

    private String describe(FilePosition p) {
        return getTranslation("trail.details", getTranslation("kind." + p.kind()), getTranslation("priority." + p.priority()),
                p.subject(), Formats.date(p.createdAt()), Formats.number(p.moves()), Formats.number(p.levels()));
    }
}
