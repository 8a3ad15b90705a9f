package in.eofficemonitor.dashboard.desks.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.chart.ChartSpec;
import in.eofficemonitor.dashboard.base.PhoneColumns;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.base.Svg;
import in.eofficemonitor.dashboard.desks.DeskLine;
import in.eofficemonitor.dashboard.desks.DeskService;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.dashboard.registry.OfficeInfo;
import in.eofficemonitor.warehouse.pendency.AgeBuckets;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Every desk with pending files and receipts, by age bucket (DESIGN §3), its oldest item, the median dwell of what
 * it holds and what it cleared in the last 7 days; most pending first; sortable; the slowest desks (most items over
 * 30 days) highlighted; a bar chart of the age buckets above. {@code ?office=ID} narrows to one office of the scope.
 */
@Route(value = "desks", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
class DesksView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that names the office. */
    static final String OFFICE_PARAMETER = "office";
    private static final String[] BUCKETS = {"age.0_7", "age.8_15", "age.16_30", "age.31_90", "age.91_180", "age.over_180"};
    private static final ChartRenderer CHARTS = new ChartRenderer();

    private final DeskService service;
    private final LiveRefresh live;
    private Registration liveRegistration;
    private Optional<String> shownOffice = Optional.empty();
    final ComboBox<OfficeInfo> office = new ComboBox<>();
    final Grid<DeskLine> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    /** The age-bucket chart of the desks shown (an SVG from the alerts' chart component). */
    final Div chart = new Div();
    private Set<String> slowest = Set.of();

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
                        id.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of(OFFICE_PARAMETER, id))));
            }
        });
        grid.setId("desks");
        Grid.Column<DeskLine> desk = grid.addColumn(l -> hindi ? l.pendency().nameHi() : l.pendency().name())
                .setHeader(getTranslation("desks.desk")).setAutoWidth(true).setComparator(l -> l.pendency().name());
        grid.addColumn(DeskLine::id).setHeader(getTranslation("desks.deskId")).setAutoWidth(true)
                .setComparator(DeskLine::id);
        number(getTranslation("kind.FILE"), l -> l.pendency().files(), "files");
        number(getTranslation("kind.RECEIPT"), l -> l.pendency().receipts(), "receipts");
        number(getTranslation("desks.total"), DeskLine::total, "total");
        for (int i = 0; i < BUCKETS.length; i++) {
            int bucket = i;
            number(getTranslation(BUCKETS[i]), l -> l.pendency().ages().asArray()[bucket], "age" + i);
        }
        grid.addColumn(this::oldest).setHeader(getTranslation("desks.oldest")).setKey("oldest")
                .setComparator(Comparator.comparing(l -> l.flow().oldestArrivedAt().orElse(Instant.MAX)));
        grid.addColumn(l -> l.flow().medianDwell().map(d -> Formats.dwell(d, getLocale())).orElse("–")).setHeader(getTranslation("desks.median"))
                .setKey("median").setComparator(Comparator.comparing(l -> l.flow().medianDwell().orElse(Duration.ZERO)));
        number(getTranslation("desks.filesCleared"), l -> l.flow().filesCleared(), "files-cleared");
        number(getTranslation("desks.receiptsCleared"), l -> l.flow().receiptsCleared(), "receipts-cleared");
        grid.addColumn(l -> slowest.contains(l.id()) ? getTranslation("desks.slowest") : "")
                .setHeader(getTranslation("desks.flag")).setKey("flag");
        grid.setPartNameGenerator(l -> slowest.contains(l.id()) ? "slowest" : null);
        grid.setMultiSort(true);
        PhoneColumns.keepOnPhone(grid, desk, grid.getColumnByKey("total"), grid.getColumnByKey("oldest"));
        chart.setId("age-chart");
        add(office, summary, chart, grid);
        setFlexGrow(1, grid);
    }

    /** "dd-MM-yyyy (N days)": when the oldest item arrived and how long it has waited, or a dash. */
    private String oldest(DeskLine line) {
        return line.flow().oldestArrivedAt().map(a -> getTranslation("desks.oldestValue", Formats.date(a),
                Formats.number(line.oldestDays().orElse(0L)))).orElse("–");
    }

    private void number(String header, ToLongFunction<DeskLine> value, String key) {
        grid.addColumn(l -> Formats.number(value.applyAsLong(l))).setHeader(header).setKey(key)
                .setComparator((a, b) -> Long.compare(value.applyAsLong(a), value.applyAsLong(b)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> officeId = event.getLocation().getQueryParameters().getSingleParameter(OFFICE_PARAMETER);
        show(officeId);
    }

    private void show(Optional<String> officeId) {
        shownOffice = officeId;
        List<DeskLine> lines = service.lines(officeId);
        slowest = DeskService.slowest(lines.stream().map(DeskLine::pendency).toList());
        grid.setItems(lines);
        office.setValue(officeId.flatMap(id -> service.officesVisible().stream()
                .filter(o -> o.officeId().equals(id)).findFirst()).orElse(null));
        long items = lines.stream().mapToLong(DeskLine::total).sum();
        summary.setText(getTranslation("desks.summary", Formats.number(lines.size()), Formats.number(items)));
        drawChart(DeskService.ages(lines));
    }

    private void drawChart(AgeBuckets ages) {
        chart.removeAll();
        if (ages.total() == 0) {
            return;
        }
        List<String> buckets = Arrays.stream(BUCKETS).map(this::getTranslation).toList();
        List<Long> values = Arrays.stream(ages.asArray()).boxed().toList();
        ChartSpec.Bars bars = ChartSpec.Bars.simple(getTranslation("desks.chart"), getTranslation("desks.chartAxis"),
                getTranslation("trend.pending"), buckets, new ChartSpec.Series(getTranslation("trend.pending"), values));
        chart.add(new Svg(CHARTS.svg(bars, 900, 280, ChartRenderer.SvgText.FONT)));
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

    /** The desk ids shown, in the grid's order (tests). */
    List<String> deskIds() {
        return grid.getListDataView().getItems().map(DeskLine::id).toList();
    }
}
