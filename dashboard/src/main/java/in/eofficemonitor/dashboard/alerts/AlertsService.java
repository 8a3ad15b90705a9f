package in.eofficemonitor.dashboard.alerts;

import in.eofficemonitor.alerts.Alerts;
import in.eofficemonitor.alerts.delivery.ClickHouseDeliveryLog;
import in.eofficemonitor.alerts.delivery.FailedDeliveries;
import in.eofficemonitor.alerts.delivery.DeliveryRecord;
import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.schedule.AlertScheduler;
import in.eofficemonitor.dashboard.platform.AlertsLifecycle;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The alert mails as the state team manages them: schedules, a preview of anyone's next mail as they would
 * see it, "send now", the delivery log and, in the embedded default, the in-process SMTP server's inbox.
 * Every call goes to the running {@link Alerts}; when the scheduler is off here, there is nothing to show.
 */
@Service
public class AlertsService {

    private final AlertsLifecycle lifecycle;
    private final CurrentUser currentUser;
    private final Warehouse warehouse;

    public AlertsService(AlertsLifecycle lifecycle, CurrentUser currentUser, Warehouse warehouse) {
        this.lifecycle = lifecycle;
        this.currentUser = currentUser;
        this.warehouse = warehouse;
    }

    public boolean running() {
        return lifecycle.alerts().isPresent();
    }

    public List<AlertScheduler.ScheduleInfo> schedules() {
        return lifecycle.alerts().map(Alerts::schedules).orElse(List.of());
    }

    public List<Recipient> audience(ReportKind kind) {
        return lifecycle.alerts().map(a -> a.audience(kind)).orElse(List.of());
    }

    /** The HTML of the mail {@code recipientId} would get at the next run of {@code kind} (charts inline). */
    public Optional<String> preview(String recipientId, ReportKind kind) {
        return lifecycle.alerts().map(a -> a.preview(recipientId, kind)).filter(p -> p.mail().isPresent())
                .map(Alerts.Preview::html);
    }

    /** Sends now, as the logged-in user (the alerts refuse anyone but STATE); the delivery log still holds. */
    public List<DeliveryService.Result> sendNow(ReportKind kind, Optional<String> recipientId) {
        Alerts alerts = lifecycle.alerts().orElseThrow(() -> new IllegalStateException("the alerts are not running here"));
        return alerts.sendNow(currentUser.get().recipient(), kind, recipientId);
    }

    public List<DeliveryRecord> deliveries() {
        return lifecycle.alerts().map(a -> a.deliveries(100)).orElse(List.of());
    }

    /**
     * The deliveries that ended without a mail, counted in all; the newest {@code limit} of them. Read from the
     * delivery log in the warehouse even when the scheduler runs on another instance and not here.
     */
    public FailedDeliveries failures(int limit) {
        return lifecycle.alerts().map(a -> a.failedDeliveries(limit))
                .orElseGet(() -> new ClickHouseDeliveryLog(warehouse, Duration.ZERO).failures(limit));
    }

    public List<ReceivedMail> inbox() {
        return lifecycle.alerts().map(Alerts::inbox).orElse(List.of());
    }
}
