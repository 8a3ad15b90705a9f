package in.eofficemonitor.alerts.schedule;

import static in.eofficemonitor.alerts.recipients.RecipientFixtures.EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.delivery.DeliveryService.Outcome;
import in.eofficemonitor.alerts.delivery.InMemoryDeliveryLog;
import in.eofficemonitor.alerts.delivery.RetryPolicy;
import in.eofficemonitor.alerts.escalation.DailyWindow;
import in.eofficemonitor.alerts.escalation.StuckEscalationReport;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.EmbeddedMailServer;
import in.eofficemonitor.alerts.mail.SmtpMailSender;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.source.FixtureReportSource;
import in.eofficemonitor.alerts.weekly.WeeklyMail;
import in.eofficemonitor.alerts.weekly.WeeklyPendencyReport;
import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;

/** Schedules and catch-up after restarts, on a clock the test moves; mails through a real SMTP server. */
class AlertSchedulerIT {

    /** Monday 23-11-2026 11:00 IST: two hours after the weekly report was due. */
    private static final Instant MONDAY_11_IST = Instant.parse("2026-11-23T05:30:00Z");

    private final MutableClock clock = new MutableClock(MONDAY_11_IST);
    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog(clock);
    private final FixtureReportSource source = FixtureReportSource.twoDistricts();
    private EmbeddedMailServer smtp;

    @BeforeEach
    void start() {
        smtp = EmbeddedMailServer.start(0);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    /** A fresh app instance: new scheduler and delivery service, the same warehouse (delivery log). */
    private AlertScheduler instance(String name) {
        DeliveryService delivery = new DeliveryService(log, new SmtpMailSender(smtp.smtpConfig("monitor@up.example"), clock),
                RetryPolicy.DEFAULT, name, clock::advance);
        DashboardLinks links = new DashboardLinks("http://localhost:8080");
        WeeklyPendencyReport weekly = new WeeklyPendencyReport(source, new WeeklyMail(new ChartRenderer(), links));
        StuckEscalationReport escalation = new StuckEscalationReport(source, links,
                new DailyWindow(LocalTime.of(10, 0), OfficeCalendar.forCategory(OfficeCategory.DISTRICT_OFFICE)), 2.0);
        return new AlertScheduler(List.of(
                new AlertScheduler.Scheduled(new ScheduleDefinition(ReportKind.WEEKLY_PENDENCY, ScheduleDefinition.WEEKLY_DEFAULT, ScheduleDefinition.IST), weekly),
                new AlertScheduler.Scheduled(new ScheduleDefinition(ReportKind.STUCK_ESCALATION, ScheduleDefinition.ESCALATION_DEFAULT, ScheduleDefinition.IST), escalation)),
                delivery, () -> EVERYONE, clock, AlertScheduler.inMemoryQuartz(name));
    }

    private static long count(List<DeliveryService.Result> results, ReportKind kind, Outcome outcome) {
        return results.stream().filter(r -> r.key().report() == kind && r.outcome() == outcome).count();
    }

    @Test
    void missedMondayReportIsSentOnceAfterARestartNeverTwice() {
        // The app was down at 09:00; it starts at 11:00 and catches up.
        List<DeliveryService.Result> first = instance("app").catchUp();
        assertThat(count(first, ReportKind.WEEKLY_PENDENCY, Outcome.SENT)).isEqualTo(4);
        assertThat(first).filteredOn(r -> r.key().report() == ReportKind.WEEKLY_PENDENCY)
                .allSatisfy(r -> assertThat(r.key().period()).isEqualTo("2026-W47"));

        // Restarted five minutes later, and again on Tuesday: nothing more for that week.
        clock.advance(Duration.ofMinutes(5));
        assertThat(count(instance("app").catchUp(), ReportKind.WEEKLY_PENDENCY, Outcome.ALREADY_DONE)).isEqualTo(4);
        clock.set(Instant.parse("2026-11-24T06:00:00Z"));
        assertThat(count(instance("app").catchUp(), ReportKind.WEEKLY_PENDENCY, Outcome.SENT)).isZero();

        // Next Monday, one minute before 09:00 IST: still last week's, already sent. One minute after: the new week.
        clock.set(Instant.parse("2026-11-30T03:29:00Z"));
        assertThat(count(instance("app").catchUp(), ReportKind.WEEKLY_PENDENCY, Outcome.SENT)).isZero();
        clock.set(Instant.parse("2026-11-30T03:31:00Z"));
        List<DeliveryService.Result> nextWeek = instance("app").catchUp();
        assertThat(count(nextWeek, ReportKind.WEEKLY_PENDENCY, Outcome.SENT)).isEqualTo(4);
        assertThat(nextWeek).filteredOn(r -> r.key().report() == ReportKind.WEEKLY_PENDENCY)
                .allSatisfy(r -> assertThat(r.key().period()).isEqualTo("2026-W48"));

        assertThat(smtp.waitFor(8, 5_000)).isTrue();
        assertThat(smtp.inbox().stream().filter(m -> m.subject().contains("23-11-2026") || m.subject().contains("Weekly")))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void cronTriggersFireMondayNineIstAndFireOnceOnMisfire() {
        CronTrigger weekly = AlertScheduler.trigger(new ScheduleDefinition(ReportKind.WEEKLY_PENDENCY, ScheduleDefinition.WEEKLY_DEFAULT, ScheduleDefinition.IST));
        // From Sunday noon UTC, the next fire is Monday 09:00 IST = 03:30 UTC. (The trigger itself starts now and
        // never fires before that, so the schedule is read from its cron expression in the trigger's zone.)
        CronExpression cron = cronOf(weekly);
        assertThat(cron.getNextValidTimeAfter(Date.from(Instant.parse("2026-11-22T12:00:00Z"))).toInstant())
                .isEqualTo(Instant.parse("2026-11-23T03:30:00Z"));
        Date now = new Date();
        assertThat(weekly.getFireTimeAfter(now)).isEqualTo(cron.getNextValidTimeAfter(now));
        assertThat(weekly.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(weekly.getTimeZone().getID()).isEqualTo("Asia/Kolkata");
    }

    @Test
    void lastFireBeforeIsTheOneARestartCatchesUpOn() {
        ScheduleDefinition weekly = new ScheduleDefinition(ReportKind.WEEKLY_PENDENCY, ScheduleDefinition.WEEKLY_DEFAULT, ScheduleDefinition.IST);
        assertThat(weekly.lastFireAtOrBefore(MONDAY_11_IST, 8)).contains(Instant.parse("2026-11-23T03:30:00Z"));
        assertThat(weekly.lastFireAtOrBefore(Instant.parse("2026-11-23T03:29:59Z"), 8)).contains(Instant.parse("2026-11-16T03:30:00Z"));
    }

    @Test
    void dailyEscalationSkipsDaysTheOfficeCalendarMarksOff() {
        AlertScheduler scheduler = instance("app");
        StuckEscalationReport escalation = (StuckEscalationReport) scheduler.report(ReportKind.STUCK_ESCALATION).orElseThrow();
        // Saturday 14-11-2026 is the second Saturday: district offices are closed, the 10:00 fire does nothing.
        Instant secondSaturday = Instant.parse("2026-11-14T04:30:00Z");
        assertThat(escalation.runsAt(secondSaturday)).isFalse();
        assertThat(scheduler.runScheduled(ReportKind.STUCK_ESCALATION.name(), secondSaturday)).isEmpty();
        // Monday's run covers everything since Friday's run.
        Period monday = escalation.periodDueAt(Instant.parse("2026-11-16T04:30:00Z"));
        assertThat(monday).isEqualTo(new Period("2026-11-16", Instant.parse("2026-11-13T04:30:00Z"), Instant.parse("2026-11-16T04:30:00Z")));
        // Before 10:00 on Monday, the due run is still Friday's.
        assertThat(escalation.periodDueAt(Instant.parse("2026-11-16T04:00:00Z")).key()).isEqualTo("2026-11-13");
    }

    @Test
    void quartzRunsWithTheSchedulesInIst() {
        AlertScheduler scheduler = instance("app-quartz-" + System.nanoTime());
        try {
            scheduler.start();
            Instant quartzNext = scheduler.quartzNextFire(ReportKind.WEEKLY_PENDENCY).orElseThrow();
            ScheduleDefinition weekly = new ScheduleDefinition(ReportKind.WEEKLY_PENDENCY, ScheduleDefinition.WEEKLY_DEFAULT, ScheduleDefinition.IST);
            assertThat(quartzNext).isEqualTo(weekly.nextFireAfter(Instant.now()).orElseThrow());
            assertThat(scheduler.schedules()).extracting(AlertScheduler.ScheduleInfo::kind)
                    .containsExactly(ReportKind.WEEKLY_PENDENCY, ReportKind.STUCK_ESCALATION);
        } finally {
            scheduler.close();
        }
    }

    private static CronExpression cronOf(CronTrigger trigger) {
        try {
            CronExpression cron = new CronExpression(trigger.getCronExpression());
            cron.setTimeZone(trigger.getTimeZone());
            return cron;
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }
}
