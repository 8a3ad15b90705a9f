package in.eofficemonitor.alerts.bench;

import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.delivery.ClickHouseDeliveryLog;
import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.delivery.Report;
import in.eofficemonitor.alerts.delivery.RetryPolicy;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.EmbeddedMailServer;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.SmtpMailSender;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.alerts.recipients.Scope;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.schedule.ReportWeek;
import in.eofficemonitor.alerts.source.WarehouseReportSource;
import in.eofficemonitor.alerts.weekly.WeeklyMail;
import in.eofficemonitor.alerts.weekly.WeeklyPendencyReport;
import in.eofficemonitor.warehouse.QueryTimings;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ./eoffice-monitor bench alerts}: builds and sends the whole state's Monday pendency reports — the Chief
 * Secretary, one Collector per district of the registry, the head of every LIVE office — from the warehouse
 * (whatever data it holds; load it first with {@code import} or the pipeline benchmark) into the in-process
 * SMTP server, through the real delivery log. Prints the figures and writes {@code bench-results/alerts.txt}.
 *
 * <p>{@code --sample N} sends to the Chief Secretary, the first N Collectors and the first N office heads only: a quick
 * run whose per-query times ({@code query.<name>} lines, from the warehouse's own timings) show where a full run's
 * time goes. The figures name how many recipients a run had, so a sample is never mistaken for the whole state.
 *
 * <pre>bench alerts [--warehouse URL] [--threads N] [--week YYYY-MM-DD (a Monday)] [--sample N]</pre>
 */
public final class AlertsBenchmark {

    private AlertsBenchmark() {}

    public static void main(String[] args) {
        in.eofficemonitor.warehouse.cli.CommandMain.main("bench alerts", args, a -> {
            start(a);
            return 0;
        });
    }

    private static void start(String[] args) throws IOException {
        String url = null;
        int threads = 4; // the product's default (alerts.delivery.threads)
        LocalDate monday = null;
        int sample = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--warehouse" -> url = args[i + 1];
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--week" -> monday = LocalDate.parse(args[i + 1]);
                case "--sample" -> sample = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        double loadAtStart = loadAverage();
        long t0 = System.nanoTime();
        try (Warehouse warehouse = Warehouse.open(url); EmbeddedMailServer smtp = EmbeddedMailServer.start(0)) {
            double openSeconds = seconds(t0);
            record Extent(long events, Instant last) {}
            Extent extent = warehouse.queryOne("alerts/data_extent", SqlParams.none(),
                    r -> new Extent(r.longValue("events"), r.instant("last_ts"))).orElseThrow();
            ReportWeek week = monday != null ? new ReportWeek(monday)
                    : ReportWeek.dueAt(extent.events() == 0 ? Instant.now() : extent.last());

            record Office(String id, String category, String district, String stage) {}
            List<Office> offices = warehouse.query("alerts/offices", SqlParams.none(),
                    r -> new Office(r.string("office_id"), r.string("category"), r.string("district"), r.string("rollout_stage")));
            List<Recipient> recipients = new ArrayList<>();
            recipients.add(new Recipient("cs", "Chief Secretary", "cs@up.example", Scope.STATE, Language.EN, Set.of()));
            Set<String> districts = new TreeSet<>();
            offices.stream().map(Office::district).filter(d -> !d.isBlank()).forEach(districts::add);
            int n = 0;
            for (String d : districts) {
                if (n >= sample) {
                    break;
                }
                recipients.add(new Recipient("dm-" + n, "District Magistrate " + d, "dm-" + n + "@up.example",
                        Scope.district(d), n++ % 2 == 0 ? Language.HI : Language.EN, Set.of()));
            }
            int heads = 0;
            for (Office o : offices) {
                if (o.stage().equals("LIVE") && heads++ < sample) {
                    Role role = o.category().equals("POLICE_UNIT") ? Role.POLICE : Role.OFFICE;
                    recipients.add(new Recipient("head-" + o.id(), "Head " + o.id(), "head-" + n + "@up.example",
                            new Scope(role, o.id()), n++ % 2 == 0 ? Language.HI : Language.EN, Set.of()));
                }
            }

            List<Long> mailKb = Collections.synchronizedList(new ArrayList<>());
            long[] prepareMillis = {0};
            Map<Role, List<Long>> composeMillis = new EnumMap<>(Role.class);
            for (Role r : Role.values()) {
                composeMillis.put(r, Collections.synchronizedList(new ArrayList<>()));
            }
            WeeklyPendencyReport weekly = new WeeklyPendencyReport(new WarehouseReportSource(warehouse, false, Clock.systemUTC()),
                    new WeeklyMail(new ChartRenderer(), new DashboardLinks("http://localhost:8080")));
            Report timed = new Report() {
                @Override public ReportKind kind() { return weekly.kind(); }
                @Override public List<Recipient> audience(List<Recipient> everyone) { return everyone; }
                @Override public Period periodDueAt(Instant now) { return weekly.periodDueAt(now); }
                @Override public void prepare(Period p) {
                    long s = System.nanoTime();
                    weekly.prepare(p);
                    prepareMillis[0] = (System.nanoTime() - s) / 1_000_000;
                }
                @Override public Optional<MailContent> compose(Recipient r, Period p) {
                    long s = System.nanoTime();
                    Optional<MailContent> m = weekly.compose(r, p);
                    composeMillis.get(r.role()).add((System.nanoTime() - s) / 1_000_000);
                    m.ifPresent(c -> mailKb.add(rawBytes(c) / 1024));
                    return m;
                }
            };
            ClickHouseDeliveryLog log = new ClickHouseDeliveryLog(warehouse, ClickHouseDeliveryLog.DEFAULT_SETTLE);
            DeliveryService delivery = new DeliveryService(log, new SmtpMailSender(smtp.smtpConfig("bench@up.example"), Clock.systemUTC()),
                    RetryPolicy.DEFAULT, "bench", d -> Thread.sleep(d));
            // A period key of its own, so the benchmark never takes the place of a real Monday's deliveries.
            Period period = new Period("bench-" + System.currentTimeMillis(), week.start(), week.end());

            Map<String, QueryTimings.Timing> before = warehouse.timings().snapshot();
            long t1 = System.nanoTime();
            List<DeliveryService.Result> results = delivery.deliverAll(timed, period, recipients, threads);
            double sendSeconds = seconds(t1);
            smtp.waitFor(recipients.size(), 30_000);
            long sent = results.stream().filter(r -> r.outcome() == DeliveryService.Outcome.SENT).count();

            StringBuilder out = new StringBuilder();
            out.append("# bench alerts — the state's Monday pendency reports into the in-process SMTP server\n");
            out.append("date_utc=").append(Instant.now()).append('\n');
            out.append("warehouse=").append(url == null ? "embedded ./data" : url).append('\n');
            out.append("events_in_warehouse=").append(extent.events()).append('\n');
            out.append("report_week=").append(week.key()).append(" (as of ").append(week.end()).append(")\n");
            long collectors = recipients.stream().filter(r -> r.role() == Role.DISTRICT).count();
            out.append("offices=").append(offices.size()).append(" districts=").append(districts.size())
                    .append(" collectors=").append(collectors)
                    .append(" office_heads=").append(recipients.size() - 1 - collectors).append('\n');
            out.append("load_average_1m_at_start=").append(String.format("%.2f", loadAtStart))
                    .append(" at_end=").append(String.format("%.2f", loadAverage())).append('\n');
            out.append("recipients=").append(recipients.size()).append(" threads=").append(threads).append('\n');
            out.append("mails_sent=").append(sent).append(" received_by_smtp=").append(smtp.receivedCount())
                    .append(" failed=").append(results.stream().filter(r -> r.outcome() == DeliveryService.Outcome.FAILED).count()).append('\n');
            out.append(String.format("warehouse_open_s=%.2f%n", openSeconds));
            out.append(String.format("build_and_send_s=%.2f%n", sendSeconds));
            out.append(String.format("mails_per_s=%.2f%n", sent / Math.max(sendSeconds, 1e-9)));
            out.append(String.format("prepare_s=%.2f (the state-wide loads, side by side, before the first mail)%n", prepareMillis[0] / 1000.0));
            composeMillis.forEach((role, ms) -> {
                if (!ms.isEmpty()) {
                    List<Long> sorted = new ArrayList<>(ms);
                    Collections.sort(sorted);
                    out.append(String.format("compose_ms_%s: n=%d mean=%.0f p95=%d max=%d%n", role.name().toLowerCase(), sorted.size(),
                            sorted.stream().mapToLong(Long::longValue).average().orElse(0),
                            sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)), sorted.getLast()));
                }
            });
            if (!mailKb.isEmpty()) {
                out.append(String.format("mail_kb_before_encoding: mean=%.0f max=%d (html, text, charts and CSV; base64 adds a third)%n",
                        mailKb.stream().mapToLong(Long::longValue).average().orElse(0), Collections.max(mailKb)));
            }
            // Where the run's time went in the warehouse, per named query (mails are built on several threads, so
            // the sum can exceed the run's wall time).
            warehouse.timings().snapshot().forEach((name, t) -> {
                QueryTimings.Timing b = before.getOrDefault(name, new QueryTimings.Timing(0, 0, Duration.ZERO, Duration.ZERO));
                long count = t.count() - b.count();
                if (count > 0) {
                    out.append(String.format("query.%s: n=%d total_s=%.2f max_s=%.2f%n", name, count,
                            (t.total().toMillis() - b.total().toMillis()) / 1000.0, t.max().toMillis() / 1000.0));
                }
            });
            System.out.print(out);
            Path file = Path.of("bench-results", "alerts.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
            System.err.println("wrote " + file.toAbsolutePath());
        }
    }

    /** A mail's parts before MIME encoding. */
    private static long rawBytes(MailContent c) {
        return c.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + c.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + c.images().stream().mapToLong(i -> i.png().length).sum()
                + c.attachments().stream().mapToLong(a -> a.bytes().length).sum();
    }

    /** The machine's 1-minute load average: the machine is shared, so every figure says under what load it was taken. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0;
    }
}
