package in.eofficemonitor.dashboard.trend.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.chart.ChartSpec;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.base.Svg;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.dashboard.trend.TrendService;
import in.eofficemonitor.warehouse.pendency.PendencyPoint;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;

/**
 * Pendency "as of" any past day, picked on a calendar, and the weekly trend up to that day. Refreshes itself for the
 * day picked (LiveRefresh): today's pendency moves as events arrive.
 */
@Route(value = "trend", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
class TrendView extends VerticalLayout {

    static final int WEEKS = 8;
    private static final ChartRenderer CHARTS = new ChartRenderer();

    final DatePicker asOf = new DatePicker();
    final Grid<PendencyRow> grid = new Grid<>();
    final Div chart = new Div();
    final Paragraph caption = new Paragraph();
    private final TrendService service;
    private final LiveRefresh live;
    private Registration liveRegistration;

    TrendView(TrendService service, LiveRefresh live) {
        this.service = service;
        this.live = live;
        setWidthFull();
        asOf.setLabel(getTranslation("trend.asOf"));
        asOf.setMax(service.today());
        asOf.setValue(service.today());
        asOf.addValueChangeListener(e -> show(e.getValue() == null ? service.today() : e.getValue()));
        grid.setId("pendency-as-of");
        grid.addColumn(r -> getLocale().getLanguage().equals("hi") && !r.nameHi().isBlank() ? r.nameHi() : r.name())
                .setHeader(getTranslation("trend.name")).setAutoWidth(true);
        grid.addColumn(r -> Formats.number(r.files())).setHeader(getTranslation("trend.files"))
                .setComparator(PendencyRow::files);
        grid.addColumn(r -> Formats.number(r.receipts())).setHeader(getTranslation("trend.receipts"))
                .setComparator(PendencyRow::receipts);
        grid.addColumn(r -> Formats.number(r.ages().days31To90() + r.ages().days91To180() + r.ages().over180()))
                .setHeader(getTranslation("trend.over30"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("trend.title")), asOf, caption, chart, grid);
        show(service.today());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.register(event.getUI(), () -> show(asOf.getValue() == null ? service.today() : asOf.getValue()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
    }

    void show(LocalDate day) {
        caption.setText(getTranslation("trend.caption", Formats.date(day)));
        grid.setItems(service.asOf(day));
        chart.removeAll();
        List<PendencyPoint> points = service.weeklyTrend(day, WEEKS);
        if (!points.isEmpty()) {
            ChartSpec.Lines lines = new ChartSpec.Lines(getTranslation("trend.chart"), getTranslation("trend.week"),
                    getTranslation("trend.pending"), points.stream().map(p -> Formats.date(p.day())).toList(),
                    List.of(new ChartSpec.Series(getTranslation("trend.files"), points.stream().map(PendencyPoint::files).toList()),
                            new ChartSpec.Series(getTranslation("trend.receipts"), points.stream().map(PendencyPoint::receipts).toList())));
            chart.add(new Svg(CHARTS.svg(lines, 900, 320, ChartRenderer.SvgText.FONT)));
        }
    }
}
