package in.eofficemonitor.dashboard.desks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.desks.DeskService;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.dashboard.registry.OfficeInfo;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Every desk with pending files and receipts, by age bucket (DESIGN §3), most pending first; sortable; the
 * slowest desks (most items over 30 days) highlighted. {@code ?office=ID} narrows to one office of the scope.
 */
@Route(value = "desks", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
class DesksView extends VerticalLayout implements BeforeEnterObserver {

    private static final String[] BUCKETS = {"age.0_7", "age.8_15", "age.16_30", "age.31_90", "age.91_180", "age.over_180"};

    private final DeskService service;
    private final LiveRefresh live;
    private Registration liveRegistration;
    private Optional<String> shownOffice = Optional.empty();
    final ComboBox<OfficeInfo> office = new ComboBox<>();
    final Grid<PendencyRow> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    private Set<String> slowest = Set.of();
    private boolean updatingUrl;

    DesksView(DeskService service, LiveRefresh live) {
        this.service = service;
        this.live = live;
        boolean hindi = DashboardI18n.isHindi(getLocale());
        setSizeFull();
        add(new H2(getTranslation("desks.title")));
        office.setId("office");
        office.setLabel(getTranslation("filter.office"));
        office.setItems(service.officesVisible());
        office.setItemLabelGenerator(o -> o.name(hindi));
        office.setClearButtonVisible(true);
        office.setWidth("32em");
        office.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                String id = e.getValue() == null ? "" : e.getValue().officeId();
                getUI().ifPresent(ui -> ui.navigate(DesksView.class,
                        id.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of("office", id))));
            }
        });
        grid.setId("desks");
        grid.addColumn(r -> hindi ? r.nameHi() : r.name()).setHeader(getTranslation("desks.desk")).setAutoWidth(true)
                .setComparator(PendencyRow::name);
        grid.addColumn(PendencyRow::id).setHeader(getTranslation("desks.deskId")).setAutoWidth(true)
                .setComparator(PendencyRow::id);
        number(getTranslation("kind.FILE"), PendencyRow::files);
        number(getTranslation("kind.RECEIPT"), PendencyRow::receipts);
        number(getTranslation("desks.total"), PendencyRow::total);
        for (int i = 0; i < BUCKETS.length; i++) {
            int bucket = i;
            number(getTranslation(BUCKETS[i]), r -> r.ages().asArray()[bucket]);
        }
        grid.addColumn(r -> slowest.contains(r.id()) ? getTranslation("desks.slowest") : "")
                .setHeader(getTranslation("desks.flag")).setKey("flag");
        grid.setPartNameGenerator(r -> slowest.contains(r.id()) ? "slowest" : null);
        grid.setMultiSort(true);
        add(office, summary, grid);
        setFlexGrow(1, grid);
    }

    private void number(String header, ToLongFunction<PendencyRow> value) {
        grid.addColumn(r -> Formats.number(value.applyAsLong(r))).setHeader(header)
                .setComparator((a, b) -> Long.compare(value.applyAsLong(a), value.applyAsLong(b)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> officeId = event.getLocation().getQueryParameters().getSingleParameter("office");
        show(officeId);
    }

    private void show(Optional<String> officeId) {
        shownOffice = officeId;
        List<PendencyRow> rows = service.desks(officeId);
        slowest = DeskService.slowest(rows);
        grid.setItems(rows);
        office.setValue(officeId.flatMap(id -> service.officesVisible().stream()
                .filter(o -> o.officeId().equals(id)).findFirst()).orElse(null));
        long files = rows.stream().mapToLong(PendencyRow::total).sum();
        summary.setText(getTranslation("desks.summary", Formats.number(rows.size()), Formats.number(files)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.register(event.getUI(), () -> show(shownOffice));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
    }
}
