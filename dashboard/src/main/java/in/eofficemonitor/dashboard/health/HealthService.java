package in.eofficemonitor.dashboard.health;

import in.eofficemonitor.alerts.delivery.FailedDeliveries;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseException;
import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterQueries;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import in.eofficemonitor.warehouse.health.HealthQueries;
import in.eofficemonitor.warehouse.health.JobHealth;
import in.eofficemonitor.warehouse.health.OfficeFreshness;
import in.eofficemonitor.warehouse.health.QuietFeedRule;
import in.eofficemonitor.warehouse.health.UnregisteredIds;
import in.eofficemonitor.warehouse.health.WarehousePing;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pipeline's health for the state team, read only through the warehouse (DESIGN §2): whether the warehouse
 * answers; the stream jobs' status, heartbeat, throughput, sink latency and last checkpoint as their metric
 * reporter wrote them (job_metrics); dead letters by reason with samples (a long raw line cut, its size stated),
 * late events, duplicates, the offices whose events came too far ahead of the stream's time (a wrong clock); office and
 * desk ids the registry does not know; data freshness per office with quiet live feeds flagged; and the alert
 * mails that failed for good. Dead letters and jobs belong to no office, so this is STATE only.
 */
public final class HealthService {

    public static final int SAMPLES_PER_REASON = 3;
    public static final int UNREGISTERED_SHOWN = 200;
    public static final int FAILED_DELIVERIES_SHOWN = 20;
    /** Jobs that last reported longer ago are not shown at all. */
    public static final Duration JOBS_LOOK_BACK = Duration.ofHours(24);

    /**
     * @param quietAfter a LIVE office with no accepted event for this much working time is flagged
     * @param staleAfter a job with no heartbeat for this long is shown as not running
     * @param calendarDays count quietAfter in plain time, not working time (the product-wide switch)
     */
    public record Settings(Duration quietAfter, Duration staleAfter, boolean calendarDays) {}

    /** An office's feed: the time of its latest event, and whether it counts as gone quiet. */
    public record Feed(OfficeFreshness office, boolean quiet) {}

    /**
     * Everything the view shows, read at {@code at}. When the warehouse does not answer, {@code warehouse} says
     * why and everything else is empty: nothing else can be known without it.
     */
    public record Report(Instant at, WarehousePing warehouse, List<JobHealth> jobs, List<DeadLetterCount> deadLetters,
            List<DeadLetterSample> samples, List<DeadLetterQueries.OfficeCount> futureByOffice, long duplicates, UnregisteredIds unregistered, List<Feed> feeds,
            FailedDeliveries failedDeliveries) {

        public long lateEvents() {
            return deadLetters.stream().filter(c -> c.reason().equals("LATE")).mapToLong(DeadLetterCount::count).sum();
        }

        public long quietFeeds() {
            return feeds.stream().filter(Feed::quiet).count();
        }

        public long liveOffices() {
            return feeds.stream().filter(f -> f.office().stage() == RolloutStage.LIVE).count();
        }
    }

    private final HealthQueries health;
    private final DeadLetterQueries deadLetters;
    private final Supplier<FailedDeliveries> failedDeliveries;
    private final Settings settings;
    private final QuietFeedRule quiet;
    private final Clock clock;

    public HealthService(Warehouse warehouse, Supplier<FailedDeliveries> failedDeliveries, Settings settings, Clock clock) {
        this.health = new HealthQueries(warehouse);
        this.deadLetters = new DeadLetterQueries(warehouse);
        this.failedDeliveries = failedDeliveries;
        this.settings = settings;
        this.quiet = new QuietFeedRule(settings.quietAfter(), settings.calendarDays());
        this.clock = clock;
    }

    public Settings settings() {
        return settings;
    }

    public Report report() {
        Instant now = clock.instant();
        WarehousePing ping = health.ping();
        if (!ping.reachable()) {
            return unreachable(now, ping);
        }
        try {
            List<Feed> feeds = health.freshness().stream().map(f -> new Feed(f, quiet.isQuiet(f, now)))
                    .sorted(Comparator.comparing((Feed f) -> !f.quiet())
                            .thenComparing(f -> f.office().latestEvent().orElse(Instant.EPOCH)))
                    .toList();
            return new Report(now, ping, health.jobs(now.minus(JOBS_LOOK_BACK), freshWithin()),
                    deadLetters.countsByReason(), deadLetters.samples(SAMPLES_PER_REASON), deadLetters.futureByOffice(),
                    health.duplicates(),
                    health.unregistered(UNREGISTERED_SHOWN), feeds, failedDeliveries.get());
        } catch (WarehouseException e) {
            // It answered the ping and then stopped: say so, as for a warehouse that never answered.
            return unreachable(now, new WarehousePing(false, ping.version(), ping.answeredIn(), e.getMessage()));
        }
    }

    private static Report unreachable(Instant now, WarehousePing ping) {
        return new Report(now, ping, List.of(), List.of(), List.of(), List.of(), 0, new UnregisteredIds(0, List.of(), 0, List.of()),
                List.of(), FailedDeliveries.none());
    }

    /** A reporter counts if it reported this close to its job's newest report: every live process has, by then. */
    private Duration freshWithin() {
        return settings.staleAfter();
    }
}
