package in.eofficemonitor.dashboard.health.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.health.HealthService;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterQueries;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import in.eofficemonitor.warehouse.health.JobFigure;
import in.eofficemonitor.warehouse.health.JobHealth;
import in.eofficemonitor.warehouse.health.UnregisteredId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The pipeline's health, state team only: the warehouse, the stream jobs (from their reports in the warehouse),
 * the input's problems (dead letters, late events, duplicates, unregistered ids), each office's data freshness
 * with quiet live feeds first, and alert mails that failed for good. Refreshes itself (LiveRefresh).
 */
@Route(value = "health", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@RolesAllowed("STATE")
class HealthView extends VerticalLayout {

    final Paragraph warehouse = new Paragraph();
    final Grid<JobHealth> jobs = new Grid<>();
    final Paragraph noJobs = new Paragraph();
    final Paragraph inputFigures = new Paragraph();
    final Div failedDeliveries = new Div();
    final Grid<DeadLetterCount> reasons = new Grid<>();
    final Grid<DeadLetterSample> samples = new Grid<>();
    final Grid<DeadLetterQueries.OfficeCount> wrongClocks = new Grid<>();
    final Paragraph unregisteredSummary = new Paragraph();
    final Paragraph wrongClocksSummary = new Paragraph();
    final Grid<UnregisteredId> unregistered = new Grid<>();
    final Paragraph freshnessSummary = new Paragraph();
    final Grid<HealthService.Feed> freshness = new Grid<>();
    private final HealthService service;
    private final LiveRefresh live;
    private Registration liveRegistration;

    HealthView(HealthService service, LiveRefresh live) {
        this.service = service;
        this.live = live;
        setWidthFull();
        boolean hindi = DashboardI18n.isHindi(getLocale());
        Duration stale = service.settings().staleAfter();

        warehouse.setId("warehouse-status");
        jobs.setId("jobs");
        jobs.addColumn(JobHealth::jobName).setHeader(getTranslation("health.job")).setAutoWidth(true);
        jobs.addColumn(j -> status(j, stale)).setHeader(getTranslation("health.jobStatus")).setAutoWidth(true)
                .setKey("status");
        jobs.addColumn(j -> Formats.dateTime(j.heartbeat())).setHeader(getTranslation("health.heartbeat"));
        jobs.addColumn(j -> rate(j.figure(JobFigure.LINES_IN_PER_SECOND))).setHeader(getTranslation("health.linesPerSecond"))
                .setKey("lines");
        jobs.addColumn(j -> rate(j.figure(JobFigure.EVENTS_ACCEPTED_PER_SECOND)))
                .setHeader(getTranslation("health.acceptedPerSecond"));
        jobs.addColumn(j -> rate(j.figure(JobFigure.ROWS_WRITTEN_PER_SECOND))).setHeader(getTranslation("health.rowsPerSecond"));
        jobs.addColumn(j -> millis(j.figure(JobFigure.SINK_BATCH_LATENCY_P95_MS)) + " / "
                + millis(j.figure(JobFigure.SINK_BATCH_LATENCY_MAX_MS))).setHeader(getTranslation("health.sinkLatency"));
        jobs.addColumn(j -> j.lastCheckpoint().map(t -> Formats.dateTime(t) + " (" + millis(
                j.figure(JobFigure.CHECKPOINT_LAST_DURATION_MS)) + ")").orElse("–"))
                .setHeader(getTranslation("health.lastCheckpoint")).setAutoWidth(true).setKey("checkpoint");
        jobs.addColumn(j -> getTranslation("health.sinceStart", count(j.figure(JobFigure.LINES_IN_TOTAL)),
                count(j.figure(JobFigure.DEAD_LETTERS_TOTAL)), count(j.figure(JobFigure.LATE_EVENTS_TOTAL)),
                count(j.figure(JobFigure.DUPLICATES_TOTAL)), count(j.figure(JobFigure.RESTARTS))))
                .setHeader(getTranslation("health.sinceStartHeader")).setFlexGrow(2);
        jobs.setPartNameGenerator(j -> j.running(stale) ? null : "slowest");
        jobs.setAllRowsVisible(true);
        noJobs.setId("no-jobs");
        inputFigures.setId("input-figures");
        failedDeliveries.setId("failed-deliveries");

        reasons.setId("dead-letter-reasons");
        reasons.addColumn(DeadLetterCount::reason).setHeader(getTranslation("health.reason")).setAutoWidth(true);
        reasons.addColumn(c -> Formats.number(c.count())).setHeader(getTranslation("health.count"))
                .setComparator(DeadLetterCount::count);
        reasons.setAllRowsVisible(true);
        samples.setId("dead-letter-samples");
        samples.addColumn(DeadLetterSample::reason).setHeader(getTranslation("health.reason")).setAutoWidth(true);
        samples.addColumn(s -> s.source() + ":" + s.sourcePosition()).setHeader(getTranslation("health.source"));
        samples.addColumn(DeadLetterSample::officeId).setHeader(getTranslation("filter.office")).setKey("office")
                .setAutoWidth(true);
        samples.addColumn(DeadLetterSample::detail).setHeader(getTranslation("health.detail"));
        samples.addColumn(DeadLetterSample::rawShown).setHeader(getTranslation("health.raw")).setKey("raw").setFlexGrow(3);
        samples.addColumn(s -> Formats.dateTime(s.arrivedAt())).setHeader(getTranslation("stuck.arrived"));
        samples.setAllRowsVisible(true);
        wrongClocks.setId("wrong-clocks");
        wrongClocks.addColumn(DeadLetterQueries.OfficeCount::officeId).setHeader(getTranslation("filter.office"))
                .setAutoWidth(true);
        wrongClocks.addColumn(c -> Formats.number(c.count())).setHeader(getTranslation("health.count"))
                .setComparator(DeadLetterQueries.OfficeCount::count);
        wrongClocks.setAllRowsVisible(true);

        unregisteredSummary.setId("unregistered-summary");
        unregistered.setId("unregistered");
        unregistered.addColumn(u -> getTranslation("health.kind." + u.kind().name())).setHeader(getTranslation("health.kind"));
        unregistered.addColumn(UnregisteredId::id).setHeader(getTranslation("health.id")).setAutoWidth(true)
                .setComparator(UnregisteredId::id);
        unregistered.addColumn(UnregisteredId::officeId).setHeader(getTranslation("filter.office"));
        unregistered.addColumn(u -> Formats.dateTime(u.firstSeen())).setHeader(getTranslation("health.firstSeen"))
                .setComparator(UnregisteredId::firstSeen);
        unregistered.addColumn(u -> Formats.dateTime(u.lastSeen())).setHeader(getTranslation("health.lastSeen"))
                .setComparator(UnregisteredId::lastSeen);
        unregistered.setAllRowsVisible(true);

        freshnessSummary.setId("freshness-summary");
        freshness.setId("freshness");
        freshness.addColumn(f -> hindi && !f.office().nameHi().isBlank() ? f.office().nameHi() : f.office().name())
                .setHeader(getTranslation("filter.office")).setAutoWidth(true).setComparator(f -> f.office().name());
        freshness.addColumn(f -> f.office().officeId()).setHeader(getTranslation("health.id"));
        freshness.addColumn(f -> f.office().district()).setHeader(getTranslation("filter.district"))
                .setComparator(f -> f.office().district());
        freshness.addColumn(f -> f.office().category() == null ? "" : getTranslation("category." + f.office().category().name()))
                .setHeader(getTranslation("overview.category"));
        freshness.addColumn(f -> f.office().stage() == null ? "" : getTranslation("stage." + f.office().stage().name()))
                .setHeader(getTranslation("health.stage"));
        freshness.addColumn(f -> f.office().latestEvent().map(Formats::dateTime).orElse(getTranslation("health.never")))
                .setHeader(getTranslation("health.latestEvent")).setKey("latest")
                .setComparator(f -> f.office().latestEvent().orElse(java.time.Instant.EPOCH));
        freshness.addColumn(f -> f.quiet() ? getTranslation("health.quiet") : "").setHeader(getTranslation("health.feed"))
                .setKey("quiet").setComparator(f -> f.quiet() ? 0 : 1);
        freshness.setPartNameGenerator(f -> f.quiet() ? "slowest" : null);
        freshness.setAllRowsVisible(true);

        add(new H2(getTranslation("health.title")), warehouse,
                new H3(getTranslation("health.jobs")), noJobs, jobs, inputFigures, failedDeliveries,
                new H3(getTranslation("health.freshness")), freshnessSummary, freshness,
                new H3(getTranslation("health.unregistered")), unregisteredSummary, unregistered,
                new H3(getTranslation("health.deadLetters")), reasons,
                new H3(getTranslation("health.wrongClocks")), wrongClocksSummary, wrongClocks,
                new H3(getTranslation("health.samples")), samples);
        refresh();
    }

    /** Reads everything again; the grids keep their sort order and the page its scroll position. */
    void refresh() {
        HealthService.Report r = service.report();
        if (r.warehouse().reachable()) {
            warehouse.setText(getTranslation("health.warehouseUp", r.warehouse().version(),
                    Formats.number(r.warehouse().answeredIn().toMillis())));
            warehouse.getStyle().remove("color").remove("font-weight");
        } else {
            warehouse.setText(getTranslation("health.warehouseDown", r.warehouse().error()));
            warehouse.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "700");
        }
        jobs.setItems(r.jobs());
        jobs.setVisible(!r.jobs().isEmpty());
        noJobs.setText(!r.warehouse().reachable() ? getTranslation("health.unknownWithoutWarehouse")
                : r.jobs().isEmpty() ? getTranslation("health.noJobs") : "");
        noJobs.setVisible(!noJobs.getText().isEmpty());
        inputFigures.setText(r.warehouse().reachable() ? getTranslation("health.inputFigures",
                Formats.number(r.deadLetters().stream().mapToLong(DeadLetterCount::count).sum()),
                Formats.number(r.lateEvents()), Formats.number(r.duplicates())) : "");
        showFailedDeliveries(r);
        reasons.setItems(r.deadLetters());
        samples.setItems(r.samples());
        wrongClocks.setItems(r.futureByOffice());
        wrongClocks.setVisible(!r.futureByOffice().isEmpty());
        wrongClocksSummary.setText(getTranslation(r.futureByOffice().isEmpty() ? "health.wrongClocksNone"
                : "health.wrongClocksSummary"));
        unregisteredSummary.setText(getTranslation("health.unregisteredSummary",
                Formats.number(r.unregistered().officeCount()), Formats.number(r.unregistered().deskCount()),
                Formats.number(HealthService.UNREGISTERED_SHOWN)));
        List<UnregisteredId> ids = new ArrayList<>(r.unregistered().offices());
        ids.addAll(r.unregistered().desks());
        unregistered.setItems(ids);
        freshnessSummary.setText(getTranslation("health.freshnessSummary", Formats.number(r.quietFeeds()),
                Formats.number(r.liveOffices()), workingTime(service.settings())));
        freshness.setItems(r.feeds());
    }

    private void showFailedDeliveries(HealthService.Report r) {
        failedDeliveries.removeAll();
        long failed = r.failedDeliveries().total();
        Anchor toAlerts = new Anchor("alerts", getTranslation("nav.alerts"));
        failedDeliveries.add(new Paragraph(getTranslation("health.failedDeliveries",
                Formats.number(r.failedDeliveries().failed()), Formats.number(r.failedDeliveries().uncertain()))), toAlerts);
        failedDeliveries.getStyle().set("color", failed > 0 ? "var(--lumo-error-text-color)" : "inherit");
    }

    private String status(JobHealth j, Duration stale) {
        String status = j.status(stale);
        if (status.equals(JobHealth.NO_HEARTBEAT)) {
            return getTranslation("health.noHeartbeat", Formats.number(j.heartbeatAge().toSeconds()));
        }
        String key = "health.status." + status;
        String text = getTranslation(key);
        return text.startsWith("!") ? status : text;
    }

    private String workingTime(HealthService.Settings s) {
        Duration d = s.quietAfter();
        String amount = Formats.wholeDaysOrHours(d, getLocale());
        return s.calendarDays() ? amount : getTranslation("health.working", amount);
    }

    private static String rate(OptionalDouble perSecond) {
        return perSecond.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", perSecond.getAsDouble()) : "–";
    }

    private String millis(OptionalDouble ms) {
        return Formats.millis(ms, getLocale());
    }

    private static String count(OptionalDouble n) {
        return n.isPresent() ? Formats.number(Math.round(n.getAsDouble())) : "–";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.register(event.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
    }
}
