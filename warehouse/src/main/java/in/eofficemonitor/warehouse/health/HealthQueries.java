package in.eofficemonitor.warehouse.health;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseException;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline's health as the warehouse knows it (DESIGN §2: the dashboard sees the stream jobs only through
 * the warehouse): whether the warehouse answers, the jobs' own figures and heartbeats from their metric
 * reporter, data freshness per office, the office and desk ids the registry does not know, and duplicates.
 * Dead letters by reason are {@link in.eofficemonitor.warehouse.deadletters.DeadLetterQueries}.
 */
public final class HealthQueries {

    private final Warehouse warehouse;

    public HealthQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** One trivial round trip; never throws: an unreachable warehouse is an answer here, not an error. */
    public WarehousePing ping() {
        long start = System.nanoTime();
        try {
            String version = warehouse.queryOne("health/ping", SqlParams.none(), r -> r.string("version")).orElse("");
            return WarehousePing.answered(version, Duration.ofNanos(System.nanoTime() - start));
        } catch (WarehouseException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String why = root == e ? e.getMessage() : root.getClass().getSimpleName() + ": " + root.getMessage();
            return WarehousePing.unreachable(why, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Every job that reported since {@code since}, newest heartbeat first, with its latest figures: one query for
     * the heartbeats, then one per job (usually one or two) that reads only its last reports by the table's key.
     *
     * @param freshWithin a reporter's figures count if it reported this close to the job's newest report (about
     *     three reporter intervals: long enough for every live process to have reported once)
     */
    public List<JobHealth> jobs(Instant since, Duration freshWithin) {
        record Heartbeat(String name, String id, Instant at, Duration age) {}
        List<Heartbeat> beats = warehouse.query("health/job_heartbeats", SqlParams.of("since", since),
                r -> new Heartbeat(r.string("job_name"), r.string("job_id"), r.instant("heartbeat"),
                        Duration.ofMillis(Math.max(0, r.longValue("heartbeat_age_ms")))));
        List<JobHealth> out = new ArrayList<>();
        for (Heartbeat b : beats) {
            Map<String, Double> figures = new LinkedHashMap<>();
            warehouse.query("health/job_figures", SqlParams.of("job_name", b.name()).and("job_id", b.id())
                    .and("from", b.at().minus(freshWithin)), r -> figures.put(r.string("metric"), r.doubleValue("value")));
            out.add(new JobHealth(b.name(), b.id(), b.at(), b.age(), figures));
        }
        return out;
    }

    /** Every registered office with the time of its latest accepted event, by office id. */
    public List<OfficeFreshness> freshness() {
        return warehouse.query("health/freshness", SqlParams.none(), r -> new OfficeFreshness(r.string("office_id"),
                r.string("name"), r.string("name_hi"), r.enumValue("category", OfficeCategory.class), r.string("district"),
                r.enumValue("rollout_stage", RolloutStage.class), Optional.ofNullable(r.instant("latest"))));
    }

    /** The office and desk ids the registry does not know: the {@code limit} most recently seen of each, and counts. */
    public UnregisteredIds unregistered(int limit) {
        long[] counts = new long[2];
        List<UnregisteredId> offices = new ArrayList<>();
        List<UnregisteredId> desks = new ArrayList<>();
        warehouse.query("health/unregistered", SqlParams.of("limit", limit), r -> {
            UnregisteredId.Kind kind = r.enumValue("kind", UnregisteredId.Kind.class);
            UnregisteredId id = new UnregisteredId(kind, r.string("id"), r.string("office_id"), r.instant("first_seen"),
                    r.instant("last_seen"));
            (kind == UnregisteredId.Kind.OFFICE ? offices : desks).add(id);
            counts[kind.ordinal()] = r.longValue("total");
            return null;
        });
        return new UnregisteredIds(counts[0], offices, counts[1], desks);
    }

    /** Lines dropped as repeats of an event already seen, in all. */
    public long duplicates() {
        return warehouse.queryOne("health/duplicates", SqlParams.none(), r -> r.longValue("duplicates")).orElse(0L);
    }

}
