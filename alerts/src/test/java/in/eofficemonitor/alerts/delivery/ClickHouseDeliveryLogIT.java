package in.eofficemonitor.alerts.delivery;

import static in.eofficemonitor.alerts.recipients.RecipientFixtures.EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.mail.EmbeddedMailServer;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.mail.SmtpMailSender;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.source.TestWarehouse;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim protocol on the real engine (alert_deliveries, V030): two app instances sharing one warehouse run
 * the same Monday at once, then a restart runs it again; every recipient gets exactly one mail.
 */
class ClickHouseDeliveryLogIT {

    private static final RetryPolicy ONE_TRY = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));

    private final Warehouse warehouse = TestWarehouse.get();
    // A period of its own, so that reruns of the test in one warehouse never see each other's claims.
    private final Period week = new Period("it-" + System.nanoTime(), Instant.parse("2026-11-15T18:30:00Z"),
            Instant.parse("2026-11-22T18:30:00Z"));
    /** A small real report (no charts): this test is about claims, and chart rendering would only cost time. */
    private final Report report = new Report() {
        @Override public ReportKind kind() { return ReportKind.WEEKLY_PENDENCY; }
        @Override public List<Recipient> audience(List<Recipient> everyone) { return everyone.stream().filter(r -> r.hasEmail()).toList(); }
        @Override public Period periodDueAt(Instant now) { return week; }
        @Override public Optional<MailContent> compose(Recipient r, Period p) {
            return Optional.of(new MailContent("Pendency " + p.key(), "<p>" + r.name() + "</p>", r.name(), List.of(), List.of()));
        }
    };
    private EmbeddedMailServer smtp;

    @BeforeEach
    void start() {
        smtp = EmbeddedMailServer.start(0);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    private DeliveryService instance(String name) {
        return new DeliveryService(new ClickHouseDeliveryLog(warehouse, Duration.ofMillis(150)),
                new SmtpMailSender(smtp.smtpConfig("monitor@up.example"), Clock.systemUTC()), ONE_TRY, name, d -> { });
    }

    @Test
    void twoInstancesAndARestartDeliverEveryMailExactlyOnce() {
        DeliveryService a = instance("app-a");
        DeliveryService b = instance("app-b");
        CompletableFuture<List<DeliveryService.Result>> ra = CompletableFuture.supplyAsync(() -> a.deliverAll(report, week, EVERYONE));
        CompletableFuture<List<DeliveryService.Result>> rb = CompletableFuture.supplyAsync(() -> b.deliverAll(report, week, EVERYONE));
        List<DeliveryService.Result> results = new ArrayList<>(ra.join());
        results.addAll(rb.join());

        List<Recipient> audience = report.audience(EVERYONE);
        assertThat(results.stream().filter(r -> r.outcome() == DeliveryService.Outcome.SENT)).hasSize(audience.size());
        assertThat(smtp.waitFor(audience.size(), 10_000)).isTrue();

        // A restart (a new log object on the same warehouse) finds every mail delivered.
        List<DeliveryService.Result> again = instance("app-a-restarted").deliverAll(report, week, EVERYONE);
        assertThat(again).extracting(DeliveryService.Result::outcome).containsOnly(DeliveryService.Outcome.ALREADY_DONE);

        Map<String, Long> perAddress = smtp.inbox().stream().collect(Collectors.groupingBy(ReceivedMail::to, Collectors.counting()));
        assertThat(perAddress).hasSize(audience.size()).allSatisfy((address, n) -> assertThat(n).as(address).isEqualTo(1L));

        // The log in ClickHouse names each mail by the Message-ID the server received.
        ClickHouseDeliveryLog log = new ClickHouseDeliveryLog(warehouse, Duration.ZERO);
        Set<String> received = smtp.inbox().stream().map(ReceivedMail::messageId).collect(Collectors.toSet());
        for (Recipient r : audience) {
            List<DeliveryRecord> history = log.history(new DeliveryKey(report.kind(), r.id(), week.key()));
            assertThat(history).filteredOn(h -> h.status() == DeliveryStatus.SENT).singleElement()
                    .satisfies(h -> assertThat(received).contains(h.messageId()));
            assertThat(history).allSatisfy(h -> assertThat(h.status()).isIn(DeliveryStatus.SENT, DeliveryStatus.YIELDED));
        }
        assertThat(log.recent(50)).anySatisfy(h -> assertThat(h.key().period()).isEqualTo(week.key()));
    }

    @Test
    void deliveriesThatEndedWithoutAMailAreCountedUntilALaterRunDeliversThem() throws Exception {
        ClickHouseDeliveryLog log = new ClickHouseDeliveryLog(warehouse, Duration.ZERO);
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        var down = new in.eofficemonitor.alerts.mail.SmtpConfig("127.0.0.1", closedPort,
                in.eofficemonitor.alerts.mail.SmtpConfig.Security.NONE, "", "", "monitor@up.example", "e-Office Monitor",
                Duration.ofSeconds(2));
        DeliveryService smtpDown = new DeliveryService(log, new SmtpMailSender(down, Clock.systemUTC()),
                new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)), "app-a", d -> { });
        List<Recipient> audience = report.audience(EVERYONE);
        long before = log.failures(1).failed();

        smtpDown.deliver(report, audience.get(0), week);
        smtpDown.deliver(report, audience.get(1), week);
        // A third key whose sender died mid-send: uncertain, not failed.
        DeliveryKey died = new DeliveryKey(report.kind(), audience.get(2).id(), week.key());
        log.record(log.claim(died, audience.get(2).email(), "app-dead", Duration.ofMinutes(5)).orElseThrow(),
                DeliveryStatus.SENDING, 1, "<x@y>", "");
        log.claim(died, audience.get(2).email(), "app-b", Duration.ZERO);

        FailedDeliveries failures = log.failures(500);
        assertThat(failures.failed()).isEqualTo(before + 2);
        assertThat(failures.latest()).filteredOn(f -> f.key().period().equals(week.key()))
                .extracting(f -> f.key().recipientId() + ":" + f.status())
                .containsExactlyInAnyOrder(audience.get(0).id() + ":FAILED", audience.get(1).id() + ":FAILED",
                        audience.get(2).id() + ":UNCERTAIN");
        assertThat(failures.latest()).filteredOn(f -> f.status() == DeliveryStatus.FAILED).first()
                .satisfies(f -> assertThat(f.error()).contains("could not send"));

        // The SMTP server is back: a later run delivers the first recipient's mail, which leaves the failures.
        assertThat(instance("app-a").deliver(report, audience.get(0), week).outcome()).isEqualTo(DeliveryService.Outcome.SENT);
        assertThat(log.failures(500).failed()).isEqualTo(before + 1);
        assertThat(log.failures(500).latest()).noneMatch(f -> f.key().equals(
                new DeliveryKey(report.kind(), audience.get(0).id(), week.key())));
    }

    @Test
    void aClaimThatDiedMidSendIsMarkedUncertainInClickHouse() {
        ClickHouseDeliveryLog log = new ClickHouseDeliveryLog(warehouse, Duration.ZERO);
        DeliveryKey key = new DeliveryKey(report.kind(), "dm-agra", week.key());
        DeliveryLog.Claim claim = log.claim(key, "dm-agra@up.example", "app-dead", Duration.ofMinutes(5)).orElseThrow();
        log.record(claim, DeliveryStatus.SENDING, 1, "<x@y>", "");

        // With a lease that has already run out, the next claimant must not send.
        assertThat(log.claim(key, "dm-agra@up.example", "app-2", Duration.ZERO)).isEmpty();
        assertThat(log.history(key)).extracting(DeliveryRecord::status).containsExactly(DeliveryStatus.UNCERTAIN);
    }
}
