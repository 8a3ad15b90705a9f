package in.eofficemonitor.alerts.schedule;

import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.delivery.Report;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reports on their cron schedules (Quartz, IST) and catches up after a restart.
 *
 * <p>Missed runs: Quartz triggers use "fire once now" on misfire, which covers a JDBC job store (the
 * clustered option, docs/alerts.md). The default in-memory store forgets everything on restart, so
 * {@link #catchUp} runs, at start, each report's latest fire time that has passed. Either way the run
 * goes through the delivery log, so a recipient who already got the period's mail is skipped: a missed
 * Monday report goes out once after a restart, never twice.
 */
public final class AlertScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertScheduler.class);
    /** How far back a catch-up looks: a week and a day covers a weekly report missed over a long weekend. */
    static final int CATCH_UP_DAYS = 8;

    /** A report with its schedule. */
    public record Scheduled(ScheduleDefinition definition, Report report) {}

    /** One schedule as the dashboard lists it. */
    public record ScheduleInfo(ReportKind kind, String cron, String zone, Instant nextFire, Instant lastFire, String nextPeriod) {}

    private final Map<ReportKind, Scheduled> scheduled = new LinkedHashMap<>();
    private final DeliveryService delivery;
    private final Supplier<List<Recipient>> recipients;
    private final Clock clock;
    private final Properties quartzProperties;
    private final int threads;
    private Scheduler quartz;

    public AlertScheduler(List<Scheduled> schedules, DeliveryService delivery, Supplier<List<Recipient>> recipients,
                          Clock clock, Properties quartzProperties) {
        this(schedules, delivery, recipients, clock, quartzProperties, 1);
    }

    /** @param threads mails built and sent at once in a run (chart rendering is CPU-bound; 2 suits 2 cores) */
    public AlertScheduler(List<Scheduled> schedules, DeliveryService delivery, Supplier<List<Recipient>> recipients,
                          Clock clock, Properties quartzProperties, int threads) {
        this.threads = threads;
        schedules.forEach(s -> scheduled.put(s.report().kind(), s));
        this.delivery = delivery;
        this.recipients = recipients;
        this.clock = clock;
        this.quartzProperties = quartzProperties;
    }

    /** Quartz settings of the default: in-memory store, one worker thread, no update check, a unique name. */
    public static Properties inMemoryQuartz(String name) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", name);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return p;
    }

    /** Starts Quartz with every schedule's trigger. Call {@link #catchUp} after, when catching up is wanted. */
    public synchronized void start() {
        try {
            quartz = new StdSchedulerFactory(quartzProperties).getScheduler();
            quartz.getContext().put(ReportJob.SCHEDULER_KEY, this);
            for (Scheduled s : scheduled.values()) {
                JobDetail job = JobBuilder.newJob(ReportJob.class).withIdentity(s.report().kind().key(), "alerts")
                        .usingJobData(ReportJob.REPORT_KEY, s.report().kind().name()).storeDurably().build();
                quartz.addJob(job, true);
                Trigger trigger = trigger(s.definition());
                if (quartz.checkExists(trigger.getKey())) {
                    quartz.rescheduleJob(trigger.getKey(), trigger); // a JDBC store keeps triggers; config may have changed
                } else {
                    quartz.scheduleJob(trigger);
                }
            }
            quartz.start();
            LOG.info("alert schedules started: {}", schedules().stream().map(i -> i.kind().key() + " next " + i.nextFire()).toList());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the alert scheduler", e);
        }
    }

    /** The cron trigger of a schedule: IST, and on misfire fire once now (never once per missed time). */
    public static CronTrigger trigger(ScheduleDefinition d) {
        return TriggerBuilder.newTrigger().withIdentity(d.kind().key(), "alerts").forJob(d.kind().key(), "alerts")
                .withSchedule(CronScheduleBuilder.cronSchedule(d.cron()).inTimeZone(TimeZone.getTimeZone(d.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** Runs, for each report, its latest fire time at or before now (if it runs then); the delivery log skips what was sent. */
    public List<DeliveryService.Result> catchUp() {
        Instant now = clock.instant();
        List<DeliveryService.Result> results = new ArrayList<>();
        for (Scheduled s : scheduled.values()) {
            Optional<Instant> last = s.definition().lastFireAtOrBefore(now, CATCH_UP_DAYS);
            if (last.isPresent() && s.report().runsAt(last.get())) {
                LOG.info("catching up on {} due at {}", s.report().kind().key(), last.get());
                results.addAll(runScheduled(s.report().kind().name(), last.get()));
            }
        }
        return results;
    }

    /** What the Quartz job calls: the report's period for that fire time, to its whole audience. */
    public List<DeliveryService.Result> runScheduled(String reportKind, Instant fireTime) {
        Scheduled s = scheduled.get(ReportKind.valueOf(reportKind));
        if (s == null || !s.report().runsAt(fireTime)) {
            LOG.info("{} not run at {} (not scheduled, or not a working day)", reportKind, fireTime);
            return List.of();
        }
        return delivery.deliverAll(s.report(), s.report().periodDueAt(fireTime), recipients.get(), threads);
    }

    public Optional<Report> report(ReportKind kind) {
        return Optional.ofNullable(scheduled.get(kind)).map(Scheduled::report);
    }

    public List<ScheduleInfo> schedules() {
        Instant now = clock.instant();
        List<ScheduleInfo> out = new ArrayList<>();
        for (Scheduled s : scheduled.values()) {
            Instant next = s.definition().nextFireAfter(now).orElse(null);
            Instant last = s.definition().lastFireAtOrBefore(now, CATCH_UP_DAYS).orElse(null);
            out.add(new ScheduleInfo(s.report().kind(), s.definition().cron(), s.definition().zone().getId(), next, last,
                    next == null ? "" : s.report().periodDueAt(next).key()));
        }
        return out;
    }

    /** Next fire time Quartz itself has for a report's trigger (empty before start). */
    public Optional<Instant> quartzNextFire(ReportKind kind) {
        try {
            if (quartz == null) {
                return Optional.empty();
            }
            Trigger t = quartz.getTrigger(TriggerKey.triggerKey(kind.key(), "alerts"));
            return Optional.ofNullable(t).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (quartz != null) {
            try {
                quartz.shutdown(true);
            } catch (SchedulerException e) {
                LOG.warn("alert scheduler did not shut down cleanly", e);
            }
            quartz = null;
        }
    }
}
