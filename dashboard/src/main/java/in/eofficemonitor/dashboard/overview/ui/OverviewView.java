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
import in.eofficemonitor.dashboard.base.PhoneColumns;
import in.eofficemonitor.dashboard.base.FigureCard;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.base.Svg;
import in.eofficemonitor.dashboard.desks.ui.DeskLinks;
import in.eofficemonitor.dashboard.district.ui.DistrictLinks;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.kpis.KpiTotals;
import in.eofficemonitor.warehouse.kpis.WeeklyCreated;
import in.eofficemonitor.warehouse.ranking.RankedUnit;
import in.eofficemonitor.warehouse.ranking.Ranking;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The state overview: live counters, key figures, rollout coverage by office category (table and chart), e-files
 * created per week, the ranking of districts and offices by a score whose formula is printed above it, and where
 * files are stuck. District names link to the district view, office names to the office's desks.
 */
@Route(value = "overview", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
class OverviewView extends VerticalLayout {

    private static final ChartRenderer CHARTS = new ChartRenderer();
    private final UserScope scope;
    final Grid<RolloutRow> rollout = new Grid<>();
    final Grid<StuckCount> topDistricts = new Grid<>();
    final Grid<StuckCount> topOffices = new Grid<>();
    final Grid<RankedUnit> districtRanking = new Grid<>();
    final Grid<RankedUnit> officeRanking = new Grid<>();
    final FlexLayout figures = new FlexLayout();
    final LiveCountersPanel counters;
    final Div weeklyChart = new Div();
    final Paragraph formula = new Paragraph();

    OverviewView(OverviewService service, CurrentUser currentUser, LiveRefresh live) {
        live.rebuildWhileAttached(this, () -> new OverviewView(service, currentUser, live));
        this.scope = currentUser.scope();
        boolean hindi = DashboardI18n.isHindi(getLocale());
        add(new H2(getTranslation("overview.title")));

        counters = new LiveCountersPanel(service, scope);
        add(counters);

        OverviewService.Figures f = service.figures(scope);
        KpiTotals k = f.totals();
        add(new Paragraph(getTranslation("overview.period", Formats.date(k.from()), Formats.date(k.to()))));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "1em");
        figures.add(new FigureCard("kpi-files-created", getTranslation("overview.kpi.filesCreated"), Formats.number(k.filesCreated())),
                new FigureCard("kpi-disposal", getTranslation("overview.kpi.disposal"), Formats.percent(k.disposalRate())),
                new FigureCard("kpi-levels", getTranslation("overview.kpi.levels"), Formats.decimal(k.meanLevels())),
                new FigureCard("kpi-over4", getTranslation("overview.kpi.over4"), Formats.percent(k.shareOverFourLevels())),
                new FigureCard("kpi-idle", getTranslation("overview.kpi.idle"), Formats.number(k.idleDesks())));
        add(figures);

        List<RolloutRow> rows = service.rollout(scope);
        if (!rows.isEmpty()) {
            add(new H3(getTranslation("overview.rollout")));
            rollout.setId("rollout");
            Grid.Column<RolloutRow> category = rollout.addColumn(r -> category(r)).setHeader(getTranslation("overview.category"))
                    .setAutoWidth(true);
            rollout.addColumn(r -> Formats.number(r.offices())).setHeader(getTranslation("overview.offices"))
                    .setComparator(RolloutRow::offices);
            rollout.addColumn(r -> Formats.number(r.live())).setHeader(getTranslation("stage.LIVE"))
                    .setComparator(RolloutRow::live);
            rollout.addColumn(r -> Formats.number(r.inProgress())).setHeader(getTranslation("stage.IN_PROGRESS"))
                    .setComparator(RolloutRow::inProgress);
            rollout.addColumn(r -> Formats.number(r.notLive())).setHeader(getTranslation("overview.earlier"))
                    .setComparator(RolloutRow::notLive);
            Grid.Column<RolloutRow> coverage = rollout.addColumn(r -> Formats.percent(r.coverage()))
                    .setHeader(getTranslation("overview.coverage"));
            rollout.addColumn(r -> Formats.number(r.filesCreated())).setHeader(getTranslation("overview.filesCreated"))
                    .setComparator(RolloutRow::filesCreated);
            PhoneColumns.keepOnPhone(rollout, category, coverage);
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

        add(new H3(getTranslation("overview.weekly")));
        weeklyChart.setId("weekly-chart");
        List<WeeklyCreated> weeks = service.createdPerWeek(scope);
        ChartSpec.Lines lines = new ChartSpec.Lines(getTranslation("overview.weekly"), getTranslation("overview.weekOf"),
                getTranslation("overview.created"), weeks.stream().map(w -> Formats.date(w.monday()).substring(0, 5)).toList(),
                List.of(new ChartSpec.Series(getTranslation("overview.kpi.filesCreated"), weeks.stream().map(WeeklyCreated::files).toList()),
                        new ChartSpec.Series(getTranslation("overview.receiptsCreated"), weeks.stream().map(WeeklyCreated::receipts).toList())));
        weeklyChart.add(new Svg(CHARTS.svg(lines, 900, 300, ChartRenderer.SvgText.FONT)));
        add(weeklyChart);

        OverviewService.Rankings rankings = service.rankings(scope, f);
        add(new H3(getTranslation("overview.ranking")));
        formula.setId("ranking-formula");
        formula.setText(getTranslation("overview.ranking.formula", points(Ranking.STAGE_POINTS),
                points(Ranking.DISPOSAL_POINTS), points(Ranking.STUCK_POINTS)));
        add(formula);
        if (!rankings.districts().isEmpty()) {
            add(new H3(getTranslation("overview.ranking.districts")));
            configureRanking(districtRanking, "district-ranking", true, hindi);
            districtRanking.setItems(rankings.districts());
            add(districtRanking);
        }
        add(new H3(getTranslation("overview.ranking.offices")));
        configureRanking(officeRanking, "office-ranking", false, hindi);
        officeRanking.setItems(rankings.offices());
        add(officeRanking);

        List<StuckCount> districts = service.topDistricts(scope);
        if (!districts.isEmpty()) {
            add(new H3(getTranslation("overview.topDistricts")));
            configureTop(topDistricts, "top-districts", true, hindi);
            topDistricts.setItems(districts);
            add(topDistricts);
        }
        add(new H3(getTranslation("overview.topOffices")));
        configureTop(topOffices, "top-offices", false, hindi);
        topOffices.setItems(service.topOffices(scope));
        add(topOffices);
    }

    private static String points(double p) {
        return String.format(Locale.ROOT, "%.0f", p);
    }

    private String category(RolloutRow r) {
        return r.category().map(c -> getTranslation("category." + c.name())).orElse(getTranslation("category.unregistered"));
    }

    private void configureRanking(Grid<RankedUnit> grid, String id, boolean districts, boolean hindi) {
        grid.setId(id);
        grid.addColumn(RankedUnit::rank).setHeader(getTranslation("overview.ranking.rank")).setKey("rank")
                .setComparator(RankedUnit::rank).setAutoWidth(true);
        grid.addComponentColumn(u -> districts ? DistrictLinks.to(u.name(), u.id())
                        : DeskLinks.toOffice(hindi && !u.nameHi().isBlank() ? u.nameHi() : u.name(), u.id()))
                .setHeader(getTranslation("overview.name")).setAutoWidth(true).setKey("name")
                .setComparator(RankedUnit::name);
        grid.addColumn(u -> String.format(Locale.ROOT, "%.1f", u.score())).setHeader(getTranslation("overview.ranking.score"))
                .setKey("score").setComparator(RankedUnit::score);
        grid.addColumn(u -> Formats.percent(OptionalDouble.of(u.stageValue()))).setHeader(getTranslation("overview.ranking.stage"))
                .setComparator(RankedUnit::stageValue);
        grid.addColumn(u -> Formats.percent(u.disposalRate())).setHeader(getTranslation("overview.kpi.disposal"))
                .setComparator(u -> u.disposalRate().orElse(-1));
        grid.addColumn(u -> Formats.percent(OptionalDouble.of(u.stuckShare()))).setHeader(getTranslation("overview.ranking.stuckShare"))
                .setComparator(RankedUnit::stuckShare);
        grid.addColumn(u -> Formats.number(u.pending())).setHeader(getTranslation("overview.ranking.pending"))
                .setComparator(RankedUnit::pending);
        grid.addColumn(u -> Formats.number(u.stuck())).setHeader(getTranslation("overview.stuck"))
                .setComparator(RankedUnit::stuck);
        grid.setHeight("22em");
        grid.setMultiSort(true);
    }

    private void configureTop(Grid<StuckCount> grid, String id, boolean districts, boolean hindi) {
        grid.setId(id);
        grid.addComponentColumn(c -> {
            String name = hindi ? c.nameHi() : c.name();
            if (!c.registered() || c.id().isEmpty()) {
                return new Span(name);
            }
            return districts ? DistrictLinks.to(name, c.id()) : DeskLinks.toOffice(name, c.id());
        }).setHeader(getTranslation("overview.name")).setAutoWidth(true).setKey("name");
        grid.addColumn(c -> Formats.number(c.stuck())).setHeader(getTranslation("overview.stuck"))
                .setComparator(StuckCount::stuck);
        grid.addColumn(c -> Formats.number(c.files())).setHeader(getTranslation("kind.FILE"));
        grid.addColumn(c -> Formats.number(c.receipts())).setHeader(getTranslation("kind.RECEIPT"));
        grid.setAllRowsVisible(true);
    }
}
