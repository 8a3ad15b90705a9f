package in.eofficemonitor.dashboard.health.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import in.eofficemonitor.dashboard.base.IndianDates;
import in.eofficemonitor.dashboard.base.IndianNumbers;
import in.eofficemonitor.dashboard.base.ui.MainLayout;
import in.eofficemonitor.dashboard.health.HealthService;
import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import jakarta.annotation.security.RolesAllowed;

/** Rejected input lines by reason code, with samples of the raw lines, so a bad feed is seen at once. */
@Route(value = "health", layout = MainLayout.class)
@PageTitle("Health · e-Office Monitor")
@RolesAllowed("STATE")
public class HealthView extends VerticalLayout {

    final Grid<DeadLetterCount> reasons = new Grid<>();
    final Grid<DeadLetterSample> samples = new Grid<>();

    public HealthView(HealthService service) {
        reasons.setId("dead-letter-reasons");
        reasons.addColumn(DeadLetterCount::reason).setHeader(getTranslation("health.reason"));
        reasons.addColumn(c -> IndianNumbers.group(c.count())).setHeader(getTranslation("health.count"));
        reasons.setItems(service.deadLettersByReason());
        reasons.setAllRowsVisible(true);
        samples.setId("dead-letter-samples");
        samples.addColumn(DeadLetterSample::reason).setHeader(getTranslation("health.reason"));
        samples.addColumn(s -> s.source() + ":" + s.sourcePosition()).setHeader(getTranslation("health.where"));
        samples.addColumn(DeadLetterSample::detail).setHeader(getTranslation("health.detail"));
        samples.addColumn(DeadLetterSample::rawLine).setHeader(getTranslation("health.raw")).setFlexGrow(3);
        samples.addColumn(s -> IndianDates.dateTime(s.arrivedAt())).setHeader(getTranslation("health.arrived"));
        samples.setItems(service.samples(3));
        samples.setHeight("50vh");
        add(new H2(getTranslation("health.title")), new H3(getTranslation("health.dead-letters")), reasons,
                new H3(getTranslation("health.samples")), samples);
    }
}
