package in.eofficemonitor.dashboard.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import in.eofficemonitor.dashboard.audit.AuditService;
import in.eofficemonitor.dashboard.audit.Exported;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import in.eofficemonitor.warehouse.audit.AuditPage;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The audit trail, state team only: logins, failed logins, logouts, denied accesses and exports, filtered by user,
 * action and a range of days (IST, both included; the last 7 days at first), newest first, with a CSV of the rows
 * shown. Downloading that CSV is itself an audited export.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@RolesAllowed("STATE")
class AuditView extends VerticalLayout {

    static final String CSV_FILE = "audit-log.csv";
    static final int DEFAULT_DAYS = 7;

    final TextField user = new TextField();
    final Select<String> action = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Paragraph summary = new Paragraph();
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor export;
    private final AuditService service;
    private final ApplicationEventPublisher events;

    AuditView(AuditService service, ApplicationEventPublisher events, Clock clock) {
        this.service = service;
        this.events = events;
        setSizeFull();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.IST);

        user.setId("user");
        user.setLabel(getTranslation("audit.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(service.actions());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("filter.any"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("filter.any") : label(a));
        from.setId("from");
        from.setLabel(getTranslation("audit.from"));
        from.setValue(today.minusDays(DEFAULT_DAYS - 1));
        to.setId("to");
        to.setLabel(getTranslation("audit.to"));
        to.setValue(today);
        user.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setId("audit");
        grid.addColumn(e -> Formats.dateTimeSeconds(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::user).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(e -> label(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.role().isEmpty() ? "" : getTranslation("role." + e.role()) + " " + e.scope())
                .setHeader(getTranslation("audit.scope")).setAutoWidth(true);
        grid.addColumn(AuditEntry::view).setHeader(getTranslation("audit.view"));
        grid.addColumn(e -> e.rows().isPresent() ? Formats.number(e.rows().getAsLong()) : "")
                .setHeader(getTranslation("audit.rows"));
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.addColumn(AuditEntry::address).setHeader(getTranslation("audit.address"));

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csvDownload();
            return new DownloadResponse(new ByteArrayInputStream(csv), CSV_FILE, "text/csv; charset=UTF-8", csv.length);
        }), getTranslation("audit.exportCsv"));
        export.setId("export-csv");

        HorizontalLayout filters = new HorizontalLayout(user, action, from, to);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("audit.title")), filters, new HorizontalLayout(summary, export), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** Reads the entries of the filters again. */
    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        AuditPage page = service.search(from.getValue(), to.getValue(), user.getValue(), action.getValue());
        grid.setItems(page.entries());
        summary.setText(page.total() > page.entries().size()
                ? getTranslation("audit.summaryLimited", Formats.number(page.total()), Formats.number(page.entries().size()))
                : getTranslation("audit.summary", Formats.number(page.total())));
    }

    /** The CSV download's content; downloading the audit trail is itself audited. */
    byte[] csvDownload() {
        List<AuditEntry> rows = onScreen();
        events.publishEvent(new Exported("audit", CSV_FILE, rows.size()));
        return AuditService.csv(rows).getBytes(StandardCharsets.UTF_8);
    }

    List<AuditEntry> onScreen() {
        return grid.getListDataView().getItems().toList();
    }

    private String label(String action) {
        String text = getTranslation("audit.action." + action);
        return text.startsWith("!") ? action : text;
    }
}
