package in.eofficemonitor.alerts.delivery;

import static in.eofficemonitor.alerts.recipients.RecipientFixtures.DM_AGRA;
import static in.eofficemonitor.alerts.recipients.RecipientFixtures.DM_KANNAUJ;
import static in.eofficemonitor.alerts.recipients.RecipientFixtures.EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.EmbeddedMailServer;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.mail.SmtpConfig;
import in.eofficemonitor.alerts.mail.SmtpMailSender;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.schedule.MutableClock;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.schedule.ReportWeek;
import in.eofficemonitor.alerts.source.FixtureReportSource;
import in.eofficemonitor.alerts.weekly.WeeklyMail;
import in.eofficemonitor.alerts.weekly.WeeklyPendencyReport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery through a real SMTP server (GreenMail) that goes down, comes back, and two app instances. */
class DeliveryServiceIT {

    private static final Period WEEK = Period.of(new ReportWeek(LocalDate.of(2026, 11, 23)));
    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(2));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:30:00Z"));
    private final WeeklyPendencyReport report = new WeeklyPendencyReport(FixtureReportSource.twoDistricts(),
            new WeeklyMail(new ChartRenderer(), new DashboardLinks("http://localhost:8080")));
    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog(clock);
    private final List<EmbeddedMailServer> servers = new ArrayList<>();
    private int port;

    @BeforeEach
    void pickPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
    }

    @AfterEach
    void stopServers() {
        servers.forEach(EmbeddedMailServer::close);
    }

    private EmbeddedMailServer startSmtp() {
        EmbeddedMailServer s = EmbeddedMailServer.start(port);
        servers.add(s);
        return s;
    }

    private DeliveryService instance(String name, DeliveryService.Sleeper sleeper) {
        SmtpConfig config = new SmtpConfig("127.0.0.1", port, SmtpConfig.Security.NONE, "", "", "monitor@up.example",
                "e-Office Monitor", Duration.ofSeconds(2));
        return new DeliveryService(log, new SmtpMailSender(config, clock), FAST, name, sleeper);
    }

    /** Sleeps on the test clock only, so back-offs take no real time. */
    private DeliveryService.Sleeper clockSleeper() {
        return clock::advance;
    }

    private static Map<String, Long> mailsPerAddress(EmbeddedMailServer smtp) {
        return smtp.inbox().stream().collect(Collectors.groupingBy(ReceivedMail::to, Collectors.counting()));
    }

    @Test
    void smtpDownThenBackIsRetriedAndDeliveredOnce() {
        List<Duration> waits = new ArrayList<>();
        EmbeddedMailServer[] smtp = new EmbeddedMailServer[1];
        DeliveryService service = instance("app-1", d -> {
            waits.add(d);
            clock.advance(d);
            if (waits.size() == 2) {
                smtp[0] = startSmtp(); // the relay comes back during the second back-off
            }
        });

        DeliveryService.Result result = service.deliver(report, DM_KANNAUJ, WEEK);

        assertThat(result.outcome()).isEqualTo(DeliveryService.Outcome.SENT);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1));
        assertThat(smtp[0].waitFor(1, 5_000)).isTrue();
        assertThat(mailsPerAddress(smtp[0])).containsExactly(Map.entry(DM_KANNAUJ.email(), 1L));
        DeliveryRecord row = log.history(result.key()).getFirst();
        assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.messageId()).isEqualTo(smtp[0].inbox().getFirst().messageId());

        // Another run for the same week (a restart, a second instance, "send now") sends nothing more.
        assertThat(instance("app-2", clockSleeper()).deliver(report, DM_KANNAUJ, WEEK).outcome())
                .isEqualTo(DeliveryService.Outcome.ALREADY_DONE);
        assertThat(smtp[0].receivedCount()).isEqualTo(1);
    }

    @Test
    void smtpThatStaysDownEndsInAVisibleFailure() {
        DeliveryService.Result result = instance("app-1", clockSleeper()).deliver(report, DM_AGRA, WEEK);

        assertThat(result.outcome()).isEqualTo(DeliveryService.Outcome.FAILED);
        assertThat(result.attempts()).isEqualTo(FAST.maxAttempts());
        DeliveryRecord row = log.recent(10).getFirst();
        assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(row.error()).contains("could not send to dm-agra@up.example");
        assertThat(row.attempts()).isEqualTo(4);
        // Counted among the failures that need a person, not only a row among the recent claims.
        FailedDeliveries failures = log.failures(10);
        assertThat(failures.failed()).isEqualTo(1);
        assertThat(failures.latest()).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo(result.key()));

        // A later run (the next restart's catch-up) may try again, and then delivers once.
        EmbeddedMailServer smtp = startSmtp();
        assertThat(instance("app-1", clockSleeper()).deliver(report, DM_AGRA, WEEK).outcome()).isEqualTo(DeliveryService.Outcome.SENT);
        assertThat(smtp.waitFor(1, 5_000)).isTrue();
        assertThat(smtp.receivedCount()).isEqualTo(1);
        assertThat(log.failures(10).total()).as("delivered after all").isZero();
    }

    @Test
    void restartInTheMiddleOfTheMondayRunSendsNoDuplicate() {
        EmbeddedMailServer smtp = startSmtp();
        List<Recipient> audience = report.audience(EVERYONE);
        // The first instance gets through two recipients, then the process dies.
        DeliveryService first = instance("app-1", clockSleeper());
        first.deliver(report, audience.get(0), WEEK);
        first.deliver(report, audience.get(1), WEEK);

        clock.advance(Duration.ofMinutes(3));
        List<DeliveryService.Result> afterRestart = instance("app-1-restarted", clockSleeper()).deliverAll(report, WEEK, EVERYONE);

        assertThat(afterRestart).extracting(DeliveryService.Result::outcome).containsExactly(
                DeliveryService.Outcome.ALREADY_DONE, DeliveryService.Outcome.ALREADY_DONE,
                DeliveryService.Outcome.SENT, DeliveryService.Outcome.SENT);
        assertThat(smtp.waitFor(audience.size(), 5_000)).isTrue();
        assertThat(mailsPerAddress(smtp)).containsOnlyKeys(audience.stream().map(Recipient::email).toList())
                .allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1L));
    }

    @Test
    void claimLeftByADeadInstanceIsTakenOverOnlyAfterItsLease() {
        EmbeddedMailServer smtp = startSmtp();
        DeliveryKey key = new DeliveryKey(report.kind(), DM_AGRA.id(), WEEK.key());
        // app-1 claimed, then died before it began to send.
        assertThat(log.claim(key, DM_AGRA.email(), "app-1", FAST.lease(Duration.ofSeconds(2)))).isPresent();

        DeliveryService second = instance("app-2", clockSleeper());
        assertThat(second.deliver(report, DM_AGRA, WEEK).outcome()).isEqualTo(DeliveryService.Outcome.CLAIMED_ELSEWHERE);

        clock.advance(FAST.lease(Duration.ofSeconds(2)).plusSeconds(1));
        assertThat(second.deliver(report, DM_AGRA, WEEK).outcome()).isEqualTo(DeliveryService.Outcome.SENT);
        assertThat(smtp.waitFor(1, 5_000)).isTrue();
        assertThat(smtp.receivedCount()).isEqualTo(1);
    }

    @Test
    void instanceThatDiedWhileSendingIsNeverResentAutomatically() {
        EmbeddedMailServer smtp = startSmtp();
        DeliveryKey key = new DeliveryKey(report.kind(), DM_AGRA.id(), WEEK.key());
        DeliveryLog.Claim claim = log.claim(key, DM_AGRA.email(), "app-1", Duration.ofMinutes(5)).orElseThrow();
        log.record(claim, DeliveryStatus.SENDING, 1, "<m@x>", ""); // ... and the process was killed here

        clock.advance(Duration.ofHours(2));
        assertThat(instance("app-2", clockSleeper()).deliver(report, DM_AGRA, WEEK).outcome())
                .isEqualTo(DeliveryService.Outcome.ALREADY_DONE);
        assertThat(log.history(key)).extracting(DeliveryRecord::status).containsExactly(DeliveryStatus.UNCERTAIN);
        assertThat(log.history(key).getFirst().error()).contains("may have gone out");
        assertThat(smtp.receivedCount()).isZero();
    }

    @Test
    void twoInstancesRunningTheSameMondayAtOnceSendEachMailOnce() {
        EmbeddedMailServer smtp = startSmtp();
        DeliveryService a = instance("app-a", clockSleeper());
        DeliveryService b = instance("app-b", clockSleeper());

        CompletableFuture<List<DeliveryService.Result>> ra = CompletableFuture.supplyAsync(() -> a.deliverAll(report, WEEK, EVERYONE));
        CompletableFuture<List<DeliveryService.Result>> rb = CompletableFuture.supplyAsync(() -> b.deliverAll(report, WEEK, EVERYONE));
        List<DeliveryService.Result> all = new ArrayList<>(ra.join());
        all.addAll(rb.join());

        int audience = report.audience(EVERYONE).size();
        assertThat(all.stream().filter(r -> r.outcome() == DeliveryService.Outcome.SENT)).hasSize(audience);
        assertThat(smtp.waitFor(audience, 5_000)).isTrue();
        assertThat(mailsPerAddress(smtp).values()).hasSize(audience).containsOnly(1L);
        Map<String, DeliveryStatus> finalState = log.recent(100).stream().filter(r -> r.status() == DeliveryStatus.SENT)
                .collect(Collectors.toMap(r -> r.key().recipientId(), DeliveryRecord::status));
        assertThat(finalState).hasSize(audience);
        assertThat(report.audience(EVERYONE).stream().map(Recipient::id).collect(Collectors.toMap(Function.identity(), id -> 1)))
                .hasSize(audience);
    }
}
