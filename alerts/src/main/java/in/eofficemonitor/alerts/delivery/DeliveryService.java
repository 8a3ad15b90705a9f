package in.eofficemonitor.alerts.delivery;

import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.MailSendException;
import in.eofficemonitor.alerts.mail.SmtpMailSender;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.schedule.Period;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a report to its recipients with the delivery log's guarantee: at most one successful mail per
 * (report, recipient, period), retries with back-off while the SMTP server is down, and a failure that
 * lasts written to the log (ERROR) and to the delivery log (FAILED) where the dashboard shows it.
 */
public final class DeliveryService {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

    /** What happened to one recipient's mail. */
    public enum Outcome { SENT, ALREADY_DONE, CLAIMED_ELSEWHERE, SKIPPED, FAILED }

    public record Result(DeliveryKey key, Outcome outcome, int attempts, String messageId, String error) {}

    /** Waits between attempts; tests pass one that does not sleep (or that brings the server back). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final DeliveryLog log;
    private final SmtpMailSender sender;
    private final RetryPolicy retry;
    private final String instance;
    private final Sleeper sleeper;

    public DeliveryService(DeliveryLog log, SmtpMailSender sender, RetryPolicy retry, String instance, Sleeper sleeper) {
        this.log = log;
        this.sender = sender;
        this.retry = retry;
        this.instance = instance;
        this.sleeper = sleeper;
    }

    public String instance() {
        return instance;
    }

    public DeliveryLog log() {
        return log;
    }

    /** Sends {@code report} for {@code period} to everyone in its audience, one after the other. */
    public List<Result> deliverAll(Report report, Period period, List<Recipient> everyone) {
        return deliverAll(report, period, everyone, 1);
    }

    /**
     * Sends to the whole audience: claims every key at once (one settle for the run, not one per mail), then
     * builds and sends the won ones on {@code threads} threads (chart rendering keeps a core busy). Results are in
     * audience order.
     */
    public List<Result> deliverAll(Report report, Period period, List<Recipient> everyone, int threads) {
        List<Recipient> audience = report.audience(everyone);
        List<DeliveryLog.ClaimRequest> requests = audience.stream()
                .map(r -> new DeliveryLog.ClaimRequest(new DeliveryKey(report.kind(), r.id(), period.key()), r.email())).toList();
        Map<DeliveryKey, DeliveryLog.ClaimResult> claims = log.claimAll(requests, instance, retry.lease(sender.config().timeout()));
        List<java.util.concurrent.Callable<Result>> work = new ArrayList<>();
        for (Recipient r : audience) {
            DeliveryKey key = new DeliveryKey(report.kind(), r.id(), period.key());
            DeliveryLog.ClaimResult c = claims.get(key);
            if (c.claim().isPresent()) {
                work.add(() -> send(report, r, period, c.claim().get()));
            } else {
                Result skipped = new Result(key, c.done() ? Outcome.ALREADY_DONE : Outcome.CLAIMED_ELSEWHERE, 0, "", "");
                work.add(() -> skipped);
            }
        }
        if (claims.values().stream().anyMatch(c -> c.claim().isPresent())) {
            try {
                report.prepare(period);
            } catch (RuntimeException e) {
                LOG.warn("preparing {} for {} failed; each mail loads what it needs", report.kind().key(), period.key(), e);
            }
        }
        List<Result> results = new ArrayList<>();
        if (threads <= 1) {
            for (var w : work) {
                if (Thread.currentThread().isInterrupted()) {
                    LOG.warn("{} for {} interrupted after {} recipients; the rest go out on the next run (after the lease)",
                            report.kind().key(), period.key(), results.size());
                    break;
                }
                try {
                    results.add(w.call());
                } catch (Exception e) {
                    LOG.error("delivery of {} for {} failed", report.kind().key(), period.key(), e);
                }
            }
        } else {
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
                List<java.util.concurrent.Future<Result>> futures = work.stream().map(pool::submit).toList();
                for (var f : futures) {
                    try {
                        results.add(f.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        LOG.error("delivery of {} for {} failed", report.kind().key(), period.key(), e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        pool.shutdownNow();
                        break;
                    }
                }
            }
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        LOG.info("{} for {}: {}", report.kind().key(), period.key(), counts);
        return results;
    }

    public Result deliver(Report report, Recipient recipient, Period period) {
        DeliveryKey key = new DeliveryKey(report.kind(), recipient.id(), period.key());
        Optional<DeliveryLog.Claim> claimed = log.claim(key, recipient.email(), instance, retry.lease(sender.config().timeout()));
        if (claimed.isEmpty()) {
            boolean done = log.history(key).stream().anyMatch(h -> h.status().blocksNewClaims());
            return new Result(key, done ? Outcome.ALREADY_DONE : Outcome.CLAIMED_ELSEWHERE, 0, "", "");
        }
        return send(report, recipient, period, claimed.get());
    }

    /** Builds and sends one recipient's mail under a claim this instance holds. */
    private Result send(Report report, Recipient recipient, Period period, DeliveryLog.Claim claim) {
        DeliveryKey key = claim.key();
        Optional<MailContent> content;
        try {
            content = report.compose(recipient, period);
        } catch (RuntimeException e) {
            // Bad data or a failing query: the mail cannot be built; say so where people look.
            LOG.error("could not build {} for {}", key, recipient.email(), e);
            log.record(claim, DeliveryStatus.FAILED, 0, "", "could not build the mail: " + e);
            return new Result(key, Outcome.FAILED, 0, "", e.toString());
        }
        if (content.isEmpty()) {
            log.record(claim, DeliveryStatus.SKIPPED, 0, "", "");
            return new Result(key, Outcome.SKIPPED, 0, "", "");
        }
        String messageId = key.messageId(claim.token());
        String lastError = "";
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            log.record(claim, DeliveryStatus.SENDING, attempt, messageId, "");
            try {
                String id = sender.send(recipient.email(), recipient.name(), content.get(), messageId,
                        Map.of("X-EOffice-Delivery", key.toString()));
                log.record(claim, DeliveryStatus.SENT, attempt, id, "");
                return new Result(key, Outcome.SENT, attempt, id, "");
            } catch (MailSendException e) {
                lastError = e.getMessage();
                if (!e.isTransient()) {
                    LOG.error("{} to {} refused, not retrying: {}", key, recipient.email(), lastError);
                    log.record(claim, DeliveryStatus.FAILED, attempt, messageId, lastError);
                    return new Result(key, Outcome.FAILED, attempt, messageId, lastError);
                }
                if (attempt == retry.maxAttempts()) {
                    break;
                }
                Duration wait = retry.backoffAfter(attempt);
                LOG.warn("{} to {}: attempt {}/{} failed ({}); next try in {}", key, recipient.email(), attempt,
                        retry.maxAttempts(), lastError, wait);
                log.record(claim, DeliveryStatus.RETRYING, attempt, messageId, lastError);
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    // Shutting down between attempts: nothing is in flight, so release the key for the next run.
                    log.record(claim, DeliveryStatus.RETRYING, attempt, messageId, "interrupted before retry: " + lastError);
                    return new Result(key, Outcome.FAILED, attempt, messageId, "interrupted");
                }
            }
        }
        LOG.error("{} to {} FAILED after {} attempts: {}", key, recipient.email(), retry.maxAttempts(), lastError);
        log.record(claim, DeliveryStatus.FAILED, retry.maxAttempts(), messageId, lastError);
        return new Result(key, Outcome.FAILED, retry.maxAttempts(), messageId, lastError);
    }
}
