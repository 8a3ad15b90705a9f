package in.eofficemonitor.dashboard.trail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import in.eofficemonitor.dashboard.base.IndianDates;
import in.eofficemonitor.dashboard.base.Translations;
import in.eofficemonitor.dashboard.base.ui.MainLayout;
import in.eofficemonitor.dashboard.trail.TrailService;
import in.eofficemonitor.warehouse.trail.FileTrail;
import in.eofficemonitor.warehouse.trail.TrailStay;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Find a file by its id: every stay at a desk with its dwell, and where the file is now and for how long. */
@Route(value = "trail", layout = MainLayout.class)
@PageTitle("File trail · e-Office Monitor")
@PermitAll
public class TrailView extends VerticalLayout implements BeforeEnterObserver {

    final TextField fileId = new TextField();
    final Paragraph status = new Paragraph();
    final Grid<TrailStay> stays = new Grid<>();
    private final TrailService service;

    public TrailView(TrailService service) {
        this.service = service;
        boolean hindi = Translations.HINDI.getLanguage().equals(getLocale().getLanguage());
        fileId.setId("file-id");
        fileId.setLabel(getTranslation("trail.file-id"));
        fileId.setPlaceholder("UP/REV/2026/00123");
        fileId.setWidth("24em");
        Button find = new Button(getTranslation("trail.find"), e -> getUI().ifPresent(ui -> ui.navigate(TrailView.class,
                QueryParameters.simple(Map.of("file", fileId.getValue().strip())))));
        find.setId("find-file");
        fileId.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> find.click());
        status.setId("trail-status");
        stays.setId("stays");
        stays.addColumn(s -> hindi && !s.designationHi().isBlank() ? s.designationHi() : s.designation())
                .setHeader(getTranslation("desks.desk"));
        stays.addColumn(TrailStay::deskId).setHeader(getTranslation("desks.desk-id"));
        stays.addColumn(s -> hindi && !s.officeNameHi().isBlank() ? s.officeNameHi() : s.officeName())
                .setHeader(getTranslation("desks.office"));
        stays.addColumn(s -> IndianDates.dateTime(s.arrivedAt())).setHeader(getTranslation("trail.arrived"));
        stays.addColumn(s -> s.leftAt() == null ? getTranslation("trail.still-here") : IndianDates.dateTime(s.leftAt()))
                .setHeader(getTranslation("trail.left"));
        stays.addColumn(s -> s.leftBy() == null ? "" : getTranslation("event." + s.leftBy())).setHeader(getTranslation("trail.how"));
        stays.addColumn(s -> IndianDates.dwell(s.dwell())).setHeader(getTranslation("trail.dwell"));
        stays.setPartNameGenerator(s -> s.current() ? "current-stay" : null);
        stays.setAllRowsVisible(true);
        add(new H2(getTranslation("trail.title")), new HorizontalLayout(fileId, find), status, stays);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> file = event.getLocation().getQueryParameters().getSingleParameter("file");
        if (file.isEmpty() || file.get().isBlank()) {
            status.setText(getTranslation("trail.hint"));
            stays.setItems(List.of());
            return;
        }
        fileId.setValue(file.get());
        Instant now = Instant.now();
        Optional<FileTrail> trail = service.trail(file.get(), now);
        if (trail.isEmpty()) {
            status.setText(getTranslation("trail.not-found", file.get()));
            stays.setItems(List.of());
            return;
        }
        FileTrail t = trail.get();
        stays.setItems(t.stays());
        status.setText(t.currentStay()
                .map(s -> getTranslation("trail.now-at", t.fileId(), s.deskId(), IndianDates.dwell(s.dwell())))
                .orElseGet(() -> getTranslation("trail.closed", t.fileId(),
                        t.position().map(p -> IndianDates.dateTime(p.closedAt())).orElse(""))));
    }
}
