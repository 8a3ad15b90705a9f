package in.eofficemonitor.dashboard.stuck.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import in.eofficemonitor.dashboard.audit.Exported;
import in.eofficemonitor.dashboard.base.PhoneColumns;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.dashboard.registry.OfficeInfo;
import in.eofficemonitor.dashboard.stuck.AgeBand;
import in.eofficemonitor.dashboard.stuck.StuckLine;
import in.eofficemonitor.dashboard.stuck.StuckSelection;
import in.eofficemonitor.dashboard.stuck.StuckService;
import in.eofficemonitor.dashboard.trail.ui.TrailLinks;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.registry.Desk;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Files and receipts stuck now, filtered by district, office, desk, priority, kind and age — an age bucket and/or a
 * minimum of days at the desk — all kept in the URL ({@code ?district=&office=&desk=&priority=&kind=&age=31_90&min-days=20}),
 * so a view can be shared and the mails can link to a desk's stuck files; sortable, with a CSV and an XLSX of
 * exactly the rows on screen in their on-screen order. Every filter is a parameter of the warehouse query, so the
 * count above the list and the export agree with it.
 */
@Route(value = "stuck", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
class StuckView extends VerticalLayout implements BeforeEnterObserver {

    static final String CSV_FILE = "stuck-files.csv";
    static final String XLSX_FILE = "stuck-files.xlsx";
    private final StuckService service;
    private final LiveRefresh live;
    private final ApplicationEventPublisher events;
    private Registration liveRegistration;
    final ComboBox<String> district = new ComboBox<>();
    final ComboBox<OfficeInfo> office = new ComboBox<>();
    final Select<Priority> priority = new Select<>();
    final Select<ItemKind> kind = new Select<>();
    /** A desk of the chosen office (or of the user's district or office), or any desk id typed in. */
    final ComboBox<String> desk = new ComboBox<>();
    final Select<AgeBand> age = new Select<>();
    final IntegerField minDays = new IntegerField();
    private Map<String, Desk> desksOffered = Map.of();
    final Grid<StuckLine> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Anchor export;
    final Anchor exportXlsx;
    private StuckSelection selection = StuckSelection.any();

    StuckView(StuckService service, LiveRefresh live, ApplicationEventPublisher events) {
        this.service = service;
        this.live = live;
        this.events = events;
        boolean hindi = DashboardI18n.isHindi(getLocale());
        setSizeFull();
        add(new H2(getTranslation("stuck.title")));

        district.setId("district");
        district.setLabel(getTranslation("filter.district"));
        district.setItems(service.districts());
        district.setClearButtonVisible(true);
        office.setId("office");
        office.setLabel(getTranslation("filter.office"));
        office.setItems(service.officesVisible());
        office.setItemLabelGenerator(o -> o.name(hindi));
        office.setClearButtonVisible(true);
        office.setWidth("26em");
        priority.setId("priority");
        priority.setLabel(getTranslation("filter.priority"));
        priority.setItems(Priority.values());
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("filter.any"));
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("filter.any") : getTranslation("priority." + p.name()));
        kind.setId("kind");
        kind.setLabel(getTranslation("filter.kind"));
        kind.setItems(ItemKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.any") : getTranslation("kind." + k.name()));
        desk.setId("desk");
        desk.setLabel(getTranslation("filter.desk"));
        desk.setAllowCustomValue(true);
        desk.setClearButtonVisible(true);
        desk.setItemLabelGenerator(id -> {
            Desk d = desksOffered.get(id);
            return d == null ? id : (hindi && !d.designationHi().isBlank() ? d.designationHi() : d.designation())
                    + " (" + id + ")";
        });
        desk.addCustomValueSetListener(e -> {
            desk.setValue(e.getDetail().strip().isEmpty() ? null : e.getDetail().strip());
            navigateToFilters();
        });
        age.setId("age");
        age.setLabel(getTranslation("filter.age"));
        age.setItems(AgeBand.values());
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption(getTranslation("filter.any"));
        age.setItemLabelGenerator(b -> b == null ? getTranslation("filter.any") : getTranslation("age." + b.key()));
        minDays.setId("min-days");
        minDays.setLabel(getTranslation("filter.minDays"));
        minDays.setMin(0);
        minDays.setStepButtonsVisible(true);
        minDays.setWidth("9em");
        desk.addValueChangeListener(e -> { if (e.isFromClient()) navigateToFilters(); });
        age.addValueChangeListener(e -> { if (e.isFromClient()) navigateToFilters(); });
        minDays.addValueChangeListener(e -> { if (e.isFromClient()) navigateToFilters(); });
        district.addValueChangeListener(e -> { if (e.isFromClient()) navigateToFilters(); });
        office.addValueChangeListener(e -> { if (e.isFromClient()) navigateToFilters(); });
        priority.addValueChangeListener(e -> { if (e.isFromClient()) navigateToFilters(); });
        kind.addValueChangeListener(e -> { if (e.isFromClient()) navigateToFilters(); });

        grid.setId("stuck");
        grid.addComponentColumn(l -> TrailLinks.to(l.fileId())).setHeader(getTranslation("stuck.file")).setAutoWidth(true)
                .setComparator(StuckLine::fileId).setKey("file");
        grid.addColumn(l -> getTranslation("kind." + l.kind())).setHeader(getTranslation("filter.kind"))
                .setComparator(StuckLine::kind);
        grid.addColumn(l -> getTranslation("priority." + l.priority())).setHeader(getTranslation("filter.priority"))
                .setComparator(StuckLine::priority);
        grid.addColumn(StuckLine::district).setHeader(getTranslation("filter.district")).setComparator(StuckLine::district)
                .setKey("district");
        grid.addColumn(l -> hindi ? l.officeNameHi() : l.officeName()).setHeader(getTranslation("filter.office"))
                .setComparator(StuckLine::officeName).setAutoWidth(true);
        grid.addColumn(StuckLine::deskId).setHeader(getTranslation("desks.desk")).setComparator(StuckLine::deskId)
                .setKey("desk");
        grid.addColumn(l -> Formats.dateTime(l.arrivedAt())).setHeader(getTranslation("stuck.arrived"))
                .setComparator(StuckLine::arrivedAt);
        grid.addColumn(l -> Formats.dateTime(l.stuckSince())).setHeader(getTranslation("stuck.since"))
                .setComparator(StuckLine::stuckSince);
        grid.addColumn(l -> Formats.number(l.dwellDays())).setHeader(getTranslation("stuck.days"))
                .setComparator(Comparator.comparingLong(StuckLine::dwellDays)).setKey("days");
        grid.setMultiSort(true);
        PhoneColumns.keepOnPhone(grid, grid.getColumnByKey("file"), grid.getColumnByKey("desk"), grid.getColumnByKey("days"));

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csvDownload();
            return new DownloadResponse(new ByteArrayInputStream(csv), CSV_FILE, "text/csv; charset=UTF-8", csv.length);
        }), getTranslation("stuck.exportCsv"));
        export.setId("export-csv");
        exportXlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = xlsxDownload();
            return new DownloadResponse(new ByteArrayInputStream(xlsx), XLSX_FILE,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), getTranslation("stuck.exportXlsx"));
        exportXlsx.setId("export-xlsx");

        HorizontalLayout filters = new HorizontalLayout(district, office, desk, priority, kind, age, minDays);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        filters.setWidthFull(); // the fields' max-width of 100% needs a definite width, or the 26em office field overflows a phone
        add(filters, new HorizontalLayout(summary, export, exportXlsx), grid);
        setFlexGrow(1, grid);
    }

    /** The CSV download's content; the download is audited (who, which rows). */
    byte[] csvDownload() {
        List<StuckLine> rows = onScreen();
        events.publishEvent(new Exported("stuck", CSV_FILE, rows.size()));
        return StuckService.csv(rows).getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsxDownload() {
        List<StuckLine> rows = onScreen();
        events.publishEvent(new Exported("stuck", XLSX_FILE, rows.size()));
        return StuckService.xlsx(rows);
    }

    /** The rows as the grid shows them: the current filter's result in the user's sort order. */
    List<StuckLine> onScreen() {
        return grid.getListDataView().getItems().toList();
    }

    private void navigateToFilters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (district.getValue() != null) params.put("district", district.getValue());
        if (office.getValue() != null) params.put("office", office.getValue().officeId());
        if (desk.getValue() != null && !desk.getValue().isBlank()) params.put("desk", desk.getValue());
        if (priority.getValue() != null) params.put("priority", priority.getValue().name());
        if (kind.getValue() != null) params.put("kind", kind.getValue().name());
        if (age.getValue() != null) params.put("age", age.getValue().key());
        if (minDays.getValue() != null && minDays.getValue() > 0) params.put("min-days", minDays.getValue().toString());
        getUI().ifPresent(ui -> ui.navigate(StuckView.class, QueryParameters.simple(params)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        selection = new StuckSelection(q.getSingleParameter("district").orElse(null),
                q.getSingleParameter("office").orElse(null),
                q.getSingleParameter("desk").orElse(null),
                q.getSingleParameter("priority").flatMap(p -> parse(Priority.class, p)).orElse(null),
                q.getSingleParameter("kind").flatMap(k -> parse(ItemKind.class, k)).orElse(null),
                q.getSingleParameter("age").flatMap(AgeBand::fromKey).orElse(null),
                q.getSingleParameter("min-days").flatMap(StuckView::days).orElse(null));
        List<StuckLine> lines = show();
        district.setValue(service.districts().contains(selection.district()) ? selection.district() : null);
        office.setValue(service.officesVisible().stream().filter(o -> o.officeId().equals(selection.officeId()))
                .findFirst().orElse(null));
        priority.setValue(selection.priority());
        kind.setValue(selection.kind());
        desksOffered = new LinkedHashMap<>();
        service.desksOffered(selection.officeId()).forEach(d -> desksOffered.put(d.deskId(), d));
        List<String> deskIds = new java.util.ArrayList<>(desksOffered.keySet());
        if (selection.deskId() != null && !selection.deskId().isBlank() && !deskIds.contains(selection.deskId())) {
            deskIds.add(selection.deskId()); // a typed id stays in the field
        }
        desk.setItems(deskIds);
        desk.setValue(selection.deskId() == null || selection.deskId().isBlank() ? null : selection.deskId());
        age.setValue(selection.age());
        minDays.setValue(selection.minDays() == null ? null : selection.minDays().intValue());
    }

    private static Optional<Long> days(String text) {
        try {
            long n = Long.parseLong(text.strip());
            return n >= 0 && n <= 100_000 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Runs the query for the current selection; the grid keeps its sort order. */
    List<StuckLine> show() {
        StuckService.StuckScreen screen = service.screen(selection);
        List<StuckLine> lines = screen.lines();
        grid.setItems(lines);
        summary.setText(screen.truncated()
                ? getTranslation("stuck.summaryLongest", Formats.number(screen.total()), Formats.number(lines.size()))
                : getTranslation("stuck.summary", Formats.number(lines.size())));
        return lines;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.register(event.getUI(), this::show);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
