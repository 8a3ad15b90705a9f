package in.eofficemonitor.dashboard.health.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.health.HealthService;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import jakarta.annotation.security.RolesAllowed;

/** The pipeline's rejected input: dead letters by reason, with samples of the raw lines. State team only. */
@Route(value = "health", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@RolesAllowed("STATE")
class HealthView extends VerticalLayout {

    final Grid<DeadLetterCount> reasons = new Grid<>();
    final Grid<DeadLetterSample> samples = new Grid<>();

    HealthView(HealthService service) {
        setSizeFull();
        add(new H2(getTranslation("health.title")), new H3(getTranslation("health.deadLetters")));
        reasons.setId("dead-letter-reasons");
        reasons.addColumn(DeadLetterCount::reason).setHeader(getTranslation("health.reason")).setAutoWidth(true);
        reasons.addColumn(c -> Formats.number(c.count())).setHeader(getTranslation("health.count"))
                .setComparator(DeadLetterCount::count);
        reasons.setItems(service.deadLettersByReason());
        reasons.setAllRowsVisible(true);
        samples.setId("dead-letter-samples");
        samples.addColumn(DeadLetterSample::reason).setHeader(getTranslation("health.reason")).setAutoWidth(true);
        samples.addColumn(s -> s.source() + ":" + s.sourcePosition()).setHeader(getTranslation("health.source"));
        samples.addColumn(DeadLetterSample::detail).setHeader(getTranslation("health.detail"));
        samples.addColumn(DeadLetterSample::rawLine).setHeader(getTranslation("health.raw")).setFlexGrow(3);
        samples.addColumn(s -> Formats.dateTime(s.arrivedAt())).setHeader(getTranslation("stuck.arrived"));
        samples.setItems(service.samples());
        add(reasons, new H3(getTranslation("health.samples")), samples);
        setFlexGrow(1, samples);
    }
}
