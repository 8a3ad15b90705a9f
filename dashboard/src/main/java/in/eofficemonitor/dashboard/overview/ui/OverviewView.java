package in.eofficemonitor.dashboard.overview.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.chart.ChartSpec;
import in.eofficemonitor.dashboard.base.IndianDates;
import in.eofficemonitor.dashboard.base.IndianNumbers;
import in.eofficemonitor.dashboard.base.Translations;
import in.eofficemonitor.dashboard.base.ui.MainLayout;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The first page: for the state, rollout coverage by office category (table and chart), the key figures and
 * the districts with the most stuck files; for a Collector or head of office the same for their scope.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
public class OverviewView extends VerticalLayout {

    final Grid<RolloutRow> rollout = new Grid<>();
    final Grid<KpiRow> keyFigures = new Grid<>();
    final Grid<StuckCount> topStuck = new Grid<>();
    final Grid<PendencyRow> pendency = new Grid<>();
    final Html chart;

    public OverviewView(OverviewService service, ChartRenderer charts) {
        boolean hindi = Translations.HINDI.getLanguage().equals(getLocale().getLanguage());
        Instant now = service.now();
        add(new H2(getTranslation("overview.title")),
                new Paragraph(getTranslation("common.as-of", IndianDates.dateTime(now))));

        List<RolloutRow> coverage = service.rollout(now);
        if (!coverage.isEmpty()) {
            add(new H3(getTranslation("overview.rollout")));
            rollout.setId("rollout");
            rollout.addColumn(r -> r.category().map(c -> getTranslation("category." + c.name()))
                    .orElse(getTranslation("common.unregistered"))).setHeader(getTranslation("overview.category"));
            rollout.addColumn(r -> IndianNumbers.group(r.offices())).setHeader(getTranslation("overview.offices"));
            rollout.addColumn(r -> IndianNumbers.group(r.live())).setHeader(getTranslation("stage.LIVE"));
            rollout.addColumn(r -> IndianNumbers.group(r.inProgress())).setHeader(getTranslation("stage.IN_PROGRESS"));
            rollout.addColumn(r -> IndianNumbers.group(r.notLive())).setHeader(getTranslation("overview.earlier-stages"));
            rollout.addColumn(r -> IndianNumbers.group(r.filesCreated())).setHeader(getTranslation("overview.files-created"));
            rollout.setItems(coverage);
            rollout.setAllRowsVisible(true);
            add(rollout);
            List<RolloutRow> registered = coverage.stream().filter(r -> r.category().isPresent()).toList();
            ChartSpec.Bars bars = new ChartSpec.Bars(getTranslation("overview.rollout"),
                    getTranslation("overview.category"), getTranslation("overview.offices"),
                    registered.stream().map(r -> getTranslation("category." + r.category().orElseThrow().name())).toList(),
                    List.of(new ChartSpec.Series(getTranslation("stage.LIVE"), registered.stream().map(RolloutRow::live).toList()),
                            new ChartSpec.Series(getTranslation("stage.IN_PROGRESS"), registered.stream().map(RolloutRow::inProgress).toList()),
                            new ChartSpec.Series(getTranslation("overview.earlier-stages"), registered.stream().map(RolloutRow::notLive).toList())),
                    true, true);
            chart = new Html("<div class='chart'>" + charts.svg(bars, 760, 300, ChartRenderer.SvgText.FONT) + "</div>");
            add(chart);
        } else {
            chart = new Html("<div></div>");
        }

        add(new H3(getTranslation("overview.key-figures")));
        keyFigures.setId("key-figures");
        keyFigures.addColumn(k -> hindi && !k.nameHi().isBlank() ? k.nameHi() : k.name()).setHeader(getTranslation("common.name"));
        keyFigures.addColumn(k -> IndianNumbers.group(k.created())).setHeader(getTranslation("kpi.created"));
        keyFigures.addColumn(k -> IndianNumbers.group(k.closed())).setHeader(getTranslation("kpi.closed"));
        keyFigures.addColumn(k -> percent(k.disposalRate())).setHeader(getTranslation("kpi.disposal"));
        keyFigures.addColumn(k -> decimal(k.meanLevels())).setHeader(getTranslation("kpi.levels"));
        keyFigures.addColumn(k -> percent(k.shareOverFourLevels())).setHeader(getTranslation("kpi.over-four"));
        keyFigures.addColumn(k -> IndianNumbers.group(k.receiptsCreated()) + " / " + IndianNumbers.group(k.filesCreated()))
                .setHeader(getTranslation("kpi.receipts-files"));
        keyFigures.addColumn(k -> IndianNumbers.group(k.idleDesks())).setHeader(getTranslation("kpi.idle-desks"));
        LocalDate today = LocalDate.ofInstant(now, IndianDates.IST);
        keyFigures.setItems(service.keyFigures(today.minusDays(30), today));
        keyFigures.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("kpi.period")), keyFigures);

        add(new H3(getTranslation("overview.top-stuck")));
        topStuck.setId("top-stuck");
        topStuck.addColumn(s -> hindi && !s.nameHi().isBlank() ? s.nameHi() : s.name()).setHeader(getTranslation("common.name"));
        topStuck.addColumn(s -> IndianNumbers.group(s.stuck())).setHeader(getTranslation("stuck.count"));
        topStuck.addColumn(s -> IndianNumbers.group(s.files())).setHeader(getTranslation("common.files"));
        topStuck.addColumn(s -> IndianNumbers.group(s.receipts())).setHeader(getTranslation("common.receipts"));
        topStuck.setItems(service.topStuck(now, false));
        topStuck.setAllRowsVisible(true);
        add(topStuck);

        add(new H3(getTranslation("overview.pendency")));
        pendency.setId("pendency");
        pendency.addColumn(p -> hindi && !p.nameHi().isBlank() ? p.nameHi() : p.name()).setHeader(getTranslation("common.name"))
                .setSortable(true);
        pendency.addColumn(p -> IndianNumbers.group(p.files())).setHeader(getTranslation("common.files"));
        pendency.addColumn(p -> IndianNumbers.group(p.receipts())).setHeader(getTranslation("common.receipts"));
        pendency.addColumn(p -> IndianNumbers.group(p.ages().over180() + p.ages().days91To180() + p.ages().days31To90()))
                .setHeader(getTranslation("overview.over-30-days"));
        pendency.setItems(service.pendency(now));
        pendency.setAllRowsVisible(true);
        add(pendency);
    }

    private static String percent(java.util.OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f %%", 100 * v.getAsDouble()) : "–";
    }

    private static String decimal(java.util.OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "–";
    }
}
