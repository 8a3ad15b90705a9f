package in.eofficemonitor.dashboard.overview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.chart.ChartSpec;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.base.Svg;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The state overview: key figures, rollout coverage by office category (table and chart), where files are stuck. */
@Route(value = "overview", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
class OverviewView extends VerticalLayout {

    private static final ChartRenderer CHARTS = new ChartRenderer();

    final Grid<RolloutRow> rollout = new Grid<>();
    final Grid<StuckCount> topDistricts = new Grid<>();
    final Grid<StuckCount> topOffices = new Grid<>();
    final FlexLayout figures = new FlexLayout();

    OverviewView(OverviewService service, CurrentUser currentUser, LiveRefresh live) {
        live.rebuildWhileAttached(this, () -> new OverviewView(service, currentUser, live));
        UserScope scope = currentUser.scope();
        boolean hindi = DashboardI18n.isHindi(getLocale());
        add(new H2(getTranslation("overview.title")));

        OverviewService.KeyFigures k = service.keyFigures(scope);
        add(new Paragraph(getTranslation("overview.period", Formats.date(k.from()), Formats.date(k.to()))));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "1em");
        figures.add(figure("kpi-files-created", "overview.kpi.filesCreated", Formats.number(k.filesCreated())),
                figure("kpi-disposal", "overview.kpi.disposal", Formats.percent(k.disposalRate())),
                figure("kpi-levels", "overview.kpi.levels", Formats.decimal(k.meanLevels())),
                figure("kpi-over4", "overview.kpi.over4", Formats.percent(k.shareOverFourLevels())),
                figure("kpi-idle", "overview.kpi.idle", Formats.number(k.idleDesks())));
        add(figures);

        List<RolloutRow> rows = service.rollout(scope);
        if (!rows.isEmpty()) {
            add(new H3(getTranslation("overview.rollout")));
            rollout.setId("rollout");
            rollout.addColumn(r -> category(r)).setHeader(getTranslation("overview.category")).setAutoWidth(true);
            rollout.addColumn(r -> Formats.number(r.offices())).setHeader(getTranslation("overview.offices"))
                    .setComparator(RolloutRow::offices);
            rollout.addColumn(r -> Formats.number(r.live())).setHeader(getTranslation("stage.LIVE"))
                    .setComparator(RolloutRow::live);
            rollout.addColumn(r -> Formats.number(r.inProgress())).setHeader(getTranslation("stage.IN_PROGRESS"))
                    .setComparator(RolloutRow::inProgress);
            rollout.addColumn(r -> Formats.number(r.notLive())).setHeader(getTranslation("overview.earlier"))
                    .setComparator(RolloutRow::notLive);
            rollout.addColumn(r -> Formats.percent(r.coverage())).setHeader(getTranslation("overview.coverage"));
            rollout.addColumn(r -> Formats.number(r.filesCreated())).setHeader(getTranslation("overview.filesCreated"))
                    .setComparator(RolloutRow::filesCreated);
            rollout.setItems(rows);
            rollout.setAllRowsVisible(true);
            add(rollout);
            List<String> categories = rows.stream().map(this::category).toList();
            ChartSpec chart = new ChartSpec.Bars(getTranslation("overview.rollout"), getTranslation("overview.category"),
                    getTranslation("overview.offices"), categories, List.of(
                    new ChartSpec.Series(getTranslation("stage.LIVE"), rows.stream().map(RolloutRow::live).toList()),
                    new ChartSpec.Series(getTranslation("stage.IN_PROGRESS"), rows.stream().map(RolloutRow::inProgress).toList()),
                    new ChartSpec.Series(getTranslation("overview.earlier"), rows.stream().map(RolloutRow::notLive).toList())),
                    true, true);
            Svg svg = new Svg(CHARTS.svg(chart, 900, 360, ChartRenderer.SvgText.FONT));
            svg.setId("rollout-chart");
            add(svg);
        }

        List<StuckCount> districts = service.topDistricts(scope);
        if (!districts.isEmpty()) {
            add(new H3(getTranslation("overview.topDistricts")));
            configureTop(topDistricts, "top-districts", hindi);
            topDistricts.setItems(districts);
            add(topDistricts);
        }
        add(new H3(getTranslation("overview.topOffices")));
        configureTop(topOffices, "top-offices", hindi);
        topOffices.setItems(service.topOffices(scope));
        add(topOffices);
    }

    private String category(RolloutRow r) {
        return r.category().map(c -> getTranslation("category." + c.name())).orElse(getTranslation("category.unregistered"));
    }

    private void configureTop(Grid<StuckCount> grid, String id, boolean hindi) {
        grid.setId(id);
        grid.addColumn(c -> hindi ? c.nameHi() : c.name()).setHeader(getTranslation("overview.name")).setAutoWidth(true);
        grid.addColumn(c -> Formats.number(c.stuck())).setHeader(getTranslation("overview.stuck"))
                .setComparator(StuckCount::stuck);
        grid.addColumn(c -> Formats.number(c.files())).setHeader(getTranslation("kind.FILE"));
        grid.addColumn(c -> Formats.number(c.receipts())).setHeader(getTranslation("kind.RECEIPT"));
        grid.setAllRowsVisible(true);
    }

    private Div figure(String id, String labelKey, String value) {
        Span v = new Span(value);
        v.getStyle().set("font-size", "1.6em").set("font-weight", "700");
        Div d = new Div(new Div(new Span(getTranslation(labelKey))), v);
        d.setId(id);
        d.getStyle().set("border", "1px solid #ccd").set("border-radius", "8px").set("padding", "0.6em 1em");
        return d;
    }
}
