package in.eofficemonitor.dashboard.desks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import in.eofficemonitor.dashboard.base.IndianDates;
import in.eofficemonitor.dashboard.base.IndianNumbers;
import in.eofficemonitor.dashboard.base.Translations;
import in.eofficemonitor.dashboard.base.ui.MainLayout;
import in.eofficemonitor.dashboard.desks.DesksService;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every desk with pending files and receipts and their age buckets (DESIGN §3), sortable; the slowest desks
 * (items older than 30 days) are highlighted. {@code ?office=ID} narrows to one office within the scope.
 */
@Route(value = "desks", layout = MainLayout.class)
@PageTitle("Desks · e-Office Monitor")
@PermitAll
public class DesksView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<PendencyRow> desks = new Grid<>();
    private final DesksService service;
    private final Paragraph asOf = new Paragraph();

    public DesksView(DesksService service) {
        this.service = service;
        boolean hindi = Translations.HINDI.getLanguage().equals(getLocale().getLanguage());
        desks.setId("desks");
        var name = desks.addColumn(d -> (hindi && !d.nameHi().isBlank() ? d.nameHi() : d.name())
                + (d.registered() ? "" : " (" + getTranslation("common.unregistered") + ")"))
                .setHeader(getTranslation("desks.desk")).setSortable(true);
        desks.addColumn(PendencyRow::id).setHeader(getTranslation("desks.desk-id")).setSortable(true);
        desks.addColumn(PendencyRow::officeId).setHeader(getTranslation("desks.office")).setSortable(true);
        var total = desks.addColumn(d -> IndianNumbers.group(d.total())).setHeader(getTranslation("common.pending"))
                .setComparator(Comparator.comparingLong(PendencyRow::total));
        desks.addColumn(d -> IndianNumbers.group(d.files())).setHeader(getTranslation("common.files"))
                .setComparator(Comparator.comparingLong(PendencyRow::files));
        desks.addColumn(d -> IndianNumbers.group(d.receipts())).setHeader(getTranslation("common.receipts"))
                .setComparator(Comparator.comparingLong(PendencyRow::receipts));
        String[] buckets = {"0–7", "8–15", "16–30", "31–90", "91–180", "> 180"};
        for (int i = 0; i < buckets.length; i++) {
            int bucket = i;
            desks.addColumn(d -> IndianNumbers.group(d.ages().asArray()[bucket]))
                    .setHeader(buckets[i] + " " + getTranslation("common.days"))
                    .setComparator(Comparator.comparingLong(d -> d.ages().asArray()[bucket]));
        }
        desks.setPartNameGenerator(d -> d.ages().days31To90() + d.ages().days91To180() + d.ages().over180() > 0
                ? "slow-desk" : null);
        desks.sort(List.of(new GridSortOrder<>(total, SortDirection.DESCENDING)));
        name.setFlexGrow(2);
        desks.setHeight("70vh");
        add(new H2(getTranslation("desks.title")), asOf, new Paragraph(getTranslation("desks.slow-hint")), desks);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> office = event.getLocation().getQueryParameters().getSingleParameter("office");
        Instant now = Instant.now();
        asOf.setText(getTranslation("common.as-of", IndianDates.dateTime(now)));
        desks.setItems(service.desks(now, office));
    }
}
