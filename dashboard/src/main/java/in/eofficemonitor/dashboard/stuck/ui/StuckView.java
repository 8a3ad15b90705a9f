package in.eofficemonitor.dashboard.stuck.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import in.eofficemonitor.dashboard.base.IndianDates;
import in.eofficemonitor.dashboard.base.IndianNumbers;
import in.eofficemonitor.dashboard.base.ui.Cells;
import in.eofficemonitor.dashboard.base.ui.MainLayout;
import in.eofficemonitor.dashboard.stuck.StuckService;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.stuck.StuckItem;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Stuck files and receipts of the user's scope, filterable and sortable, exportable as CSV. */
@Route(value = "stuck", layout = MainLayout.class)
@PageTitle("Stuck files · e-Office Monitor")
@PermitAll
public class StuckView extends VerticalLayout {

    final Grid<StuckItem> stuck = new Grid<>();
    final ComboBox<Priority> priority = new ComboBox<>();
    final ComboBox<ItemKind> kind = new ComboBox<>();
    final Anchor export;
    private final StuckService service;
    private final Paragraph summary = new Paragraph();
    List<StuckItem> shown = List.of();

    public StuckView(StuckService service) {
        this.service = service;
        priority.setItems(Priority.values());
        priority.setLabel(getTranslation("stuck.priority"));
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setClearButtonVisible(true);
        kind.setItems(ItemKind.values());
        kind.setLabel(getTranslation("stuck.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setClearButtonVisible(true);
        priority.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());

        stuck.setId("stuck");
        stuck.addComponentColumn(s -> Cells.fileLink(s.fileId())).setHeader(getTranslation("common.file"))
                .setComparator(Comparator.comparing(StuckItem::fileId));
        stuck.addColumn(s -> getTranslation("kind." + s.kind().name())).setHeader(getTranslation("stuck.kind")).setSortable(true);
        stuck.addColumn(s -> getTranslation("priority." + s.priority().name())).setHeader(getTranslation("stuck.priority"))
                .setSortable(true);
        stuck.addColumn(StuckItem::officeId).setHeader(getTranslation("desks.office")).setSortable(true);
        stuck.addColumn(StuckItem::deskId).setHeader(getTranslation("desks.desk-id")).setSortable(true);
        stuck.addColumn(s -> IndianDates.dateTime(s.arrivedAt())).setHeader(getTranslation("stuck.arrived"))
                .setComparator(Comparator.comparing(StuckItem::arrivedAt));
        stuck.addColumn(s -> IndianNumbers.group(s.dwellDays())).setHeader(getTranslation("stuck.dwell-days"))
                .setComparator(Comparator.comparingLong(StuckItem::dwellDays));
        stuck.setHeight("65vh");

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = StuckService.csv(shown);
            return new DownloadResponse(new ByteArrayInputStream(csv), "stuck-files.csv", "text/csv", csv.length);
        }), getTranslation("stuck.export-csv"));
        export.setId("export-csv");
        add(new H2(getTranslation("stuck.title")), summary, new HorizontalLayout(priority, kind, export), stuck);
        refresh();
    }

    void refresh() {
        Instant now = Instant.now();
        shown = service.stuck(now, priority.getValue(), kind.getValue());
        stuck.setItems(shown);
        summary.setText(getTranslation("stuck.summary", IndianNumbers.group(shown.size()), IndianDates.dateTime(now)));
    }
}
