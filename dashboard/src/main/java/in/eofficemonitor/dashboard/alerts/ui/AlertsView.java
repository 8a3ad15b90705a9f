package in.eofficemonitor.dashboard.alerts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import in.eofficemonitor.alerts.delivery.DeliveryRecord;
import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.delivery.FailedDeliveries;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.schedule.AlertScheduler;
import in.eofficemonitor.dashboard.alerts.AlertsService;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The alert mails (docs/alerts.md): when each report goes out, the next mail of any recipient exactly as they
 * would get it, "send now" (STATE only: the whole view is), the delivery log and the in-process inbox. Mails that
 * did not go out are counted in a banner at the top, all of them, not only those among the newest log rows.
 */
@Route(value = "alerts", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@RolesAllowed("STATE")
class AlertsView extends VerticalLayout {

    final Grid<AlertScheduler.ScheduleInfo> schedules = new Grid<>();
    final ComboBox<ReportKind> kind = new ComboBox<>();
    final ComboBox<Recipient> recipient = new ComboBox<>();
    final Button preview = new Button();
    final Button sendNow = new Button();
    final IFrame mail = new IFrame();
    final Paragraph status = new Paragraph();
    final Grid<DeliveryRecord> deliveries = new Grid<>();
    final Grid<ReceivedMail> inbox = new Grid<>();
    /** Shown only when a delivery ended without a mail: the count of all of them, and the newest listed. */
    final Div failedBanner = new Div();
    final Paragraph failedSummary = new Paragraph();
    final Grid<DeliveryRecord> failures = new Grid<>();
    private final AlertsService service;

    AlertsView(AlertsService service) {
        this.service = service;
        setWidthFull();
        add(new H2(getTranslation("alerts.title")));
        configureFailures();
        add(failedBanner);
        showFailures();
        if (!service.running()) {
            add(new Paragraph(getTranslation("alerts.notRunning")));
            return;
        }
        schedules.setId("alert-schedules");
        schedules.addColumn(s -> getTranslation("alerts.kind." + s.kind().name())).setHeader(getTranslation("alerts.report"));
        schedules.addColumn(s -> s.cron() + " (" + s.zone() + ")").setHeader(getTranslation("alerts.cron"));
        schedules.addColumn(s -> Formats.dateTime(s.nextFire())).setHeader(getTranslation("alerts.next"));
        schedules.addColumn(s -> s.lastFire() == null ? "–" : Formats.dateTime(s.lastFire())).setHeader(getTranslation("alerts.last"));
        schedules.setItems(service.schedules());
        schedules.setAllRowsVisible(true);

        kind.setLabel(getTranslation("alerts.report"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("alerts.kind." + k.name()));
        kind.addValueChangeListener(e -> {
            recipient.clear();
            recipient.setItems(e.getValue() == null ? List.of() : service.audience(e.getValue()));
        });
        recipient.setLabel(getTranslation("alerts.recipient"));
        recipient.setItemLabelGenerator(r -> r.name() + " <" + r.email() + "> · " + r.role() + " " + r.scope().value());
        recipient.setWidth("32em");
        preview.setText(getTranslation("alerts.preview"));
        preview.addClickListener(e -> showPreview());
        sendNow.setText(getTranslation("alerts.sendNow"));
        sendNow.addClickListener(e -> send());
        mail.setWidthFull();
        mail.setHeight("520px");
        // The mail is HTML we composed from warehouse text (file subjects, office names): shown with no scripts, no
        // origin, no forms, no navigation of the dashboard, whatever slipped into it.
        mail.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        mail.getElement().setAttribute("title", getTranslation("alerts.preview"));
        status.setId("alerts-status");

        deliveries.setId("alert-deliveries");
        deliveries.addColumn(d -> d.key().report().key() + " · " + d.key().recipientId() + " · " + d.key().period()).setHeader(getTranslation("alerts.delivery"));
        deliveries.addColumn(d -> d.status().name()).setHeader(getTranslation("alerts.status"));
        deliveries.addColumn(DeliveryRecord::attempts).setHeader(getTranslation("alerts.attempts"));
        deliveries.addColumn(d -> Formats.dateTime(d.updatedAt())).setHeader(getTranslation("alerts.when"));
        deliveries.addColumn(d -> d.error() == null ? "" : d.error()).setHeader(getTranslation("alerts.error")).setFlexGrow(2);
        inbox.setId("alert-inbox");
        inbox.addColumn(m -> Formats.dateTime(m.sentAt())).setHeader(getTranslation("alerts.when"));
        inbox.addColumn(ReceivedMail::to).setHeader(getTranslation("alerts.recipient"));
        inbox.addColumn(ReceivedMail::subject).setHeader(getTranslation("alerts.subject")).setFlexGrow(3);
        refreshLogs();

        add(new H3(getTranslation("alerts.schedules")), schedules,
                new H3(getTranslation("alerts.previewTitle")),
                new HorizontalLayout(kind, recipient, preview, sendNow), status, mail,
                new H3(getTranslation("alerts.deliveries")), deliveries,
                new H3(getTranslation("alerts.inbox")), inbox);
    }

    void showPreview() {
        if (kind.getValue() == null || recipient.getValue() == null) {
            status.setText(getTranslation("alerts.choose"));
            return;
        }
        Optional<String> html = service.preview(recipient.getValue().id(), kind.getValue());
        mail.getElement().setAttribute("srcdoc", html.orElse(""));
        status.setText(html.isPresent() ? "" : getTranslation("alerts.nothingToSend"));
    }

    void send() {
        if (kind.getValue() == null) {
            status.setText(getTranslation("alerts.choose"));
            return;
        }
        List<DeliveryService.Result> results = service.sendNow(kind.getValue(),
                Optional.ofNullable(recipient.getValue()).map(Recipient::id));
        String summary = results.stream().collect(Collectors.groupingBy(r -> r.outcome().name(), Collectors.counting()))
                .toString();
        status.setText(getTranslation("alerts.sent", summary));
        Notification.show(getTranslation("alerts.sent", summary));
        refreshLogs();
    }

    private void refreshLogs() {
        deliveries.setItems(service.deliveries());
        inbox.setItems(service.inbox());
        showFailures();
    }

    private void configureFailures() {
        failedBanner.setId("failed-deliveries");
        failedBanner.getStyle().set("border", "2px solid var(--lumo-error-color)").set("border-radius", "8px")
                .set("padding", "0.4em 1em").set("color", "var(--lumo-error-text-color)");
        failedSummary.setId("failed-summary");
        failedSummary.getStyle().set("font-weight", "700");
        failures.setId("failures");
        failures.addColumn(d -> getTranslation("alerts.kind." + d.key().report().name()) + " · " + d.key().recipientId()
                + " · " + d.key().period()).setHeader(getTranslation("alerts.delivery")).setAutoWidth(true);
        failures.addColumn(d -> d.email()).setHeader(getTranslation("alerts.recipient"));
        failures.addColumn(d -> d.status().name()).setHeader(getTranslation("alerts.status"));
        failures.addColumn(DeliveryRecord::attempts).setHeader(getTranslation("alerts.attempts"));
        failures.addColumn(d -> Formats.dateTime(d.updatedAt())).setHeader(getTranslation("alerts.when"));
        failures.addColumn(d -> d.error() == null ? "" : d.error()).setHeader(getTranslation("alerts.error")).setFlexGrow(3);
        failures.setAllRowsVisible(true);
        failedBanner.add(failedSummary, new Paragraph(getTranslation("alerts.failures")), failures);
    }

    private void showFailures() {
        FailedDeliveries f = service.failures(FAILURES_SHOWN);
        failedBanner.setVisible(f.total() > 0);
        failedSummary.setText(getTranslation("alerts.failedBanner", Formats.number(f.failed()), Formats.number(f.uncertain()))
                + (f.total() > f.latest().size() ? " " + getTranslation("alerts.failuresShown", Formats.number(f.latest().size())) : ""));
        failures.setItems(f.latest());
    }

    static final int FAILURES_SHOWN = 200;
}
