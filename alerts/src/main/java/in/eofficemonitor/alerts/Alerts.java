package in.eofficemonitor.alerts;

import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.delivery.ClickHouseDeliveryLog;
import in.eofficemonitor.alerts.delivery.DeliveryLog;
import in.eofficemonitor.alerts.delivery.DeliveryRecord;
import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.delivery.Report;
import in.eofficemonitor.alerts.digest.RolloutDigestReport;
import in.eofficemonitor.alerts.escalation.DailyWindow;
import in.eofficemonitor.alerts.escalation.StuckEscalationReport;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.EmbeddedMailServer;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.mail.SmtpConfig;
import in.eofficemonitor.alerts.mail.SmtpMailSender;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.RecipientsFile;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.alerts.schedule.AlertScheduler;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.schedule.ScheduleDefinition;
import in.eofficemonitor.alerts.source.ReportSource;
import in.eofficemonitor.alerts.source.WarehouseReportSource;
import in.eofficemonitor.alerts.weekly.WeeklyMail;
import in.eofficemonitor.alerts.weekly.WeeklyPendencyReport;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts as one object, for the app that embeds them (the dashboard, {@code ./eoffice-monitor run}):
 * schedules, a preview of anyone's next mail, "send now", the delivery log, and the in-process SMTP server's
 * inbox. Everything else in this module is reachable for tests, but this is the API to code against.
 */
public final class Alerts implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

    /** One recipient's next mail as they would see it. {@code html} has its charts inline as data: URLs. */
    public record Preview(Recipient recipient, ReportKind kind, Period period, Optional<MailContent> mail, String html) {}

    private final AlertsConfig config;
    private final Supplier<List<Recipient>> recipients;
    private final Optional<EmbeddedMailServer> embeddedSmtp;
    private final DeliveryLog log;
    private final DeliveryService delivery;
    private final AlertScheduler scheduler;
    private final ChartRenderer charts;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alerts-catch-up");
        t.setDaemon(true);
        return t;
    });

    private Alerts(AlertsConfig config, Supplier<List<Recipient>> recipients, Optional<EmbeddedMailServer> embeddedSmtp,
                   DeliveryLog log, DeliveryService delivery, AlertScheduler scheduler, ChartRenderer charts, Clock clock) {
        this.config = config;
        this.recipients = recipients;
        this.embeddedSmtp = embeddedSmtp;
        this.log = log;
        this.delivery = delivery;
        this.scheduler = scheduler;
        this.charts = charts;
        this.clock = clock;
    }

    /**
     * Builds the alerts on a warehouse (not started: call {@link #start()}). Recipients are read from the configured
     * file, or from {@code recipients} when the embedding app has them already (the dashboard's users).
     */
    public static Alerts create(AlertsConfig config, Warehouse warehouse, Optional<Supplier<List<Recipient>>> recipients, Clock clock) {
        ReportSource source = new WarehouseReportSource(warehouse, config.calendarDays(), clock);
        return create(config, source, new ClickHouseDeliveryLog(warehouse, config.claimSettle()), recipients, clock);
    }

    /** Builds the alerts on any report source and delivery log (tests, benchmarks). */
    public static Alerts create(AlertsConfig config, ReportSource source, DeliveryLog log,
                                Optional<Supplier<List<Recipient>>> recipients, Clock clock) {
        Supplier<List<Recipient>> who = recipients.orElseGet(() -> fromFile(config));
        Optional<EmbeddedMailServer> embedded = config.embeddedSmtp()
                ? Optional.of(EmbeddedMailServer.start(config.embeddedSmtpPort())) : Optional.empty();
        SmtpConfig smtp = embedded.map(e -> e.smtpConfig(config.smtp().fromAddress())).orElse(config.smtp());
        DeliveryService delivery = new DeliveryService(log, new SmtpMailSender(smtp, clock), config.retry(), config.instance(),
                d -> Thread.sleep(d));
        ChartRenderer charts = new ChartRenderer();
        DashboardLinks links = new DashboardLinks(config.dashboardUrl());
        OfficeCalendar calendar = config.calendarDays() || config.escalationCalendar().equalsIgnoreCase("calendar-days")
                ? OfficeCalendar.calendarDays() : OfficeCalendar.forCategory(OfficeCategory.valueOf(config.escalationCalendar()));
        List<AlertScheduler.Scheduled> schedules = List.of(
                new AlertScheduler.Scheduled(new ScheduleDefinition(ReportKind.WEEKLY_PENDENCY, config.weeklyCron(), config.zone()),
                        new WeeklyPendencyReport(source, new WeeklyMail(charts, links))),
                new AlertScheduler.Scheduled(new ScheduleDefinition(ReportKind.STUCK_ESCALATION, config.escalationCron(), config.zone()),
                        new StuckEscalationReport(source, links, new DailyWindow(config.escalationTime(), calendar), config.collectorMultiple())),
                new AlertScheduler.Scheduled(new ScheduleDefinition(ReportKind.ROLLOUT_DIGEST, config.digestCron(), config.zone()),
                        new RolloutDigestReport(source, links)));
        Properties quartz = AlertScheduler.inMemoryQuartz("eoffice-alerts-" + config.instance().replaceAll("[^A-Za-z0-9]", "-"));
        quartz.putAll(config.quartz());
        AlertScheduler scheduler = new AlertScheduler(schedules, delivery, who, clock, quartz, config.deliveryThreads());
        return new Alerts(config, who, embedded, log, delivery, scheduler, charts, clock);
    }

    private static Supplier<List<Recipient>> fromFile(AlertsConfig config) {
        if (config.recipientsFile().isEmpty()) {
            LOG.warn("no alerts.recipients-file set: no mail will be sent");
            return List::of;
        }
        return () -> {
            try {
                return RecipientsFile.load(config.recipientsFile().get());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the recipients file " + config.recipientsFile().get(), e);
            }
        };
    }

    /** Starts the schedules and, when configured, catches up on a run missed while the app was down (in the background). */
    public Alerts start() {
        scheduler.start();
        if (config.catchUp()) {
            background.submit(() -> {
                try {
                    scheduler.catchUp();
                } catch (RuntimeException e) {
                    LOG.error("catching up on missed alert runs failed", e);
                }
            });
        }
        return this;
    }

    public List<AlertScheduler.ScheduleInfo> schedules() {
        return scheduler.schedules();
    }

    public List<Recipient> recipients() {
        return recipients.get();
    }

    /** Who gets a report (e.g. only heads of live offices get the weekly office report). */
    public List<Recipient> audience(ReportKind kind) {
        return report(kind).audience(recipients.get());
    }

    /** The mail {@code recipientId} would get at the next run of {@code kind}, built now from current data. */
    public Preview preview(String recipientId, ReportKind kind) {
        Recipient r = recipient(recipientId);
        Report report = report(kind);
        Instant next = schedules().stream().filter(s -> s.kind() == kind).map(AlertScheduler.ScheduleInfo::nextFire)
                .findFirst().orElse(clock.instant());
        Period period = report.periodDueAt(next == null ? clock.instant() : next);
        Optional<MailContent> mail = report.compose(r, period);
        return new Preview(r, kind, period, mail, mail.map(MailContent::htmlWithEmbeddedImages).orElse(""));
    }

    /**
     * Sends {@code kind} for its current period now, to one recipient or (empty) its whole audience. Only a STATE
     * user may; the delivery log still holds: someone who already got this period's mail does not get it again.
     */
    public List<DeliveryService.Result> sendNow(Recipient actor, ReportKind kind, Optional<String> recipientId) {
        if (actor.role() != Role.STATE) {
            throw new SecurityException(actor.id() + " (" + actor.role() + ") may not send alert mails; only STATE users may");
        }
        Report report = report(kind);
        Period period = report.periodDueAt(clock.instant());
        LOG.info("send now: {} for {} by {}", kind.key(), period.key(), actor.id());
        if (recipientId.isPresent()) {
            return List.of(delivery.deliver(report, recipient(recipientId.get()), period));
        }
        return delivery.deliverAll(report, period, recipients.get(), config.deliveryThreads());
    }

    /** The newest delivery-log rows (latest state of each claim), newest first. */
    public List<DeliveryRecord> deliveries(int limit) {
        return log.recent(limit);
    }

    /** Deliveries that ended without a mail (failed for good, or uncertain), counted in all; the newest {@code limit}. */
    public in.eofficemonitor.alerts.delivery.FailedDeliveries failedDeliveries(int limit) {
        return log.failures(limit);
    }

    /** Mails received by the in-process SMTP server (embedded default), newest first; empty with a real relay. */
    public List<ReceivedMail> inbox() {
        return embeddedSmtp.map(EmbeddedMailServer::inbox).orElse(new ArrayList<>());
    }

    public Optional<Integer> embeddedSmtpPort() {
        return embeddedSmtp.map(EmbeddedMailServer::port);
    }

    /** The chart component, for the dashboard to draw the same charts as the mails. */
    public ChartRenderer charts() {
        return charts;
    }

    public AlertsConfig config() {
        return config;
    }

    private Report report(ReportKind kind) {
        return scheduler.report(kind).orElseThrow(() -> new IllegalArgumentException("no report " + kind));
    }

    private Recipient recipient(String id) {
        return recipients.get().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no recipient with id '" + id + "'"));
    }

    @Override
    public void close() {
        background.shutdownNow();
        scheduler.close();
        embeddedSmtp.ifPresent(EmbeddedMailServer::close);
    }
}
