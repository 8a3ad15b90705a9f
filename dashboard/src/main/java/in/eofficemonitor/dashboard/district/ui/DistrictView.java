package in.eofficemonitor.dashboard.district.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import in.eofficemonitor.dashboard.base.FigureCard;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.desks.ui.DeskLinks;
import in.eofficemonitor.dashboard.district.DistrictService;
import in.eofficemonitor.dashboard.district.DistrictService.DistrictPicture;
import in.eofficemonitor.dashboard.district.DistrictService.OfficeLine;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import in.eofficemonitor.warehouse.kpis.IdleDesk;
import in.eofficemonitor.warehouse.kpis.KpiTotals;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One district: its offices with pendency (files, receipts, age buckets), stuck files and key figures of the last
 * 7 days, the district's key figures (DESIGN §3), and its idle desks one by one; each office links to its desks.
 * {@code ?district=NAME}; the state picks the district, a Collector sees their own. While open it re-runs its queries
 * for the district shown as events arrive (LiveRefresh), keeping the district and the grids' sort order: the district
 * comes from the URL, so a fresh copy of the view would not know it and the view refreshes itself.
 */
@Route(value = "district", layout = MainLayout.class)
@PageTitle("e-Office Monitor")
@PermitAll
class DistrictView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that names the district. */
    static final String DISTRICT_PARAMETER = "district";
    private static final String[] BUCKETS = {"age.0_7", "age.8_15", "age.16_30", "age.31_90", "age.91_180", "age.over_180"};

    private final DistrictService service;
    private final LiveRefresh live;
    private final boolean hindi;
    private Registration liveRegistration;
    /** What {@link #show} was last asked for: the district a refresh shows again. */
    private Optional<String> shown = Optional.empty();
    final ComboBox<String> district = new ComboBox<>();
    final Paragraph summary = new Paragraph();
    final Span notice = new Span();
    final FlexLayout figures = new FlexLayout();
    final Grid<OfficeLine> offices = new Grid<>();
    final Grid<IdleDesk> idleDesks = new Grid<>();
    final H3 idleTitle = new H3();
    private final H3 officesTitle = new H3();

    DistrictView(DistrictService service, LiveRefresh live) {
        this.service = service;
        this.live = live;
        this.hindi = DashboardI18n.isHindi(getLocale());
        setWidthFull();
        add(new H2(getTranslation("district.title")));

        district.setId("district");
        district.setLabel(getTranslation("filter.district"));
        district.setItems(service.districts());
        district.setWidth("20em");
        district.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(DistrictView.class, DistrictLinks.query(e.getValue())));
            }
        });
        notice.setId("notice");
        summary.setId("summary");
        figures.setId("figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "1em");

        offices.setId("district-offices");
        offices.addComponentColumn(l -> DeskLinks.toOffice(l.name(hindi), l.officeId()))
                .setHeader(getTranslation("filter.office")).setAutoWidth(true).setKey("office")
                .setComparator(l -> l.office().name());
        offices.addColumn(l -> getTranslation("stage." + l.office().rolloutStage().name()))
                .setHeader(getTranslation("district.stage")).setComparator(l -> l.office().rolloutStage());
        number(getTranslation("kind.FILE"), OfficeLine::files, "files");
        number(getTranslation("kind.RECEIPT"), OfficeLine::receipts, "receipts");
        for (int i = 0; i < BUCKETS.length; i++) {
            int bucket = i;
            number(getTranslation(BUCKETS[i]), l -> l.ages().asArray()[bucket], "age" + i);
        }
        number(getTranslation("overview.stuck"), OfficeLine::stuck, "stuck");
        number(getTranslation("district.created"), l -> l.kpis().created(), "created");
        number(getTranslation("district.closed"), l -> l.kpis().closed(), "closed");
        offices.addColumn(l -> Formats.percent(l.kpis().disposalRate())).setHeader(getTranslation("overview.kpi.disposal"))
                .setKey("disposal");
        number(getTranslation("overview.kpi.idle"), l -> l.kpis().idleDesks(), "idle");
        offices.setAllRowsVisible(true);
        offices.setMultiSort(true);

        idleDesks.setId("district-idle");
        idleDesks.addColumn(d -> hindi && !d.designationHi().isBlank() ? d.designationHi() : d.designation())
                .setHeader(getTranslation("desks.desk")).setAutoWidth(true);
        idleDesks.addColumn(IdleDesk::deskId).setHeader(getTranslation("desks.deskId")).setAutoWidth(true).setKey("desk");
        idleDesks.addComponentColumn(d -> DeskLinks.toOffice(hindi && !d.officeNameHi().isBlank() ? d.officeNameHi()
                        : d.officeName(), d.officeId())).setHeader(getTranslation("filter.office")).setAutoWidth(true);
        idleDesks.addColumn(IdleDesk::holderName).setHeader(getTranslation("district.holder")).setAutoWidth(true);
        idleDesks.addColumn(d -> d.lastAction().map(Formats::date).orElse(getTranslation("district.never")))
                .setHeader(getTranslation("district.lastAction")).setKey("last");
        idleDesks.setAllRowsVisible(true);

        officesTitle.setText(getTranslation("district.offices"));
        add(district, notice, summary, figures, officesTitle, offices, idleTitle, idleDesks);
    }

    private void number(String header, ToLongFunction<OfficeLine> value, String key) {
        offices.addColumn(l -> Formats.number(value.applyAsLong(l))).setHeader(header).setKey(key)
                .setComparator((a, b) -> Long.compare(value.applyAsLong(a), value.applyAsLong(b)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(DISTRICT_PARAMETER)
                .filter(d -> !d.isBlank());
        show(asked.or(service::defaultDistrict));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Only a role that may see districts refreshes: for the others show() would log the refused district again.
        liveRegistration = live.register(event.getUI(), () -> {
            if (service.available()) {
                show(shown);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    private void show(Optional<String> name) {
        shown = name;
        notice.setText("");
        summary.setText("");
        figures.removeAll();
        offices.setItems(List.of());
        idleDesks.setItems(List.of());
        boolean available = service.available();
        district.setVisible(available);
        officesTitle.setVisible(false);
        offices.setVisible(false);
        idleTitle.setVisible(false);
        idleDesks.setVisible(false);
        district.setValue(name.filter(service.districts()::contains).orElse(null));
        if (!available) {
            name.ifPresent(service::district); // asked for by URL: refused, logged and counted there
            notice.setText(getTranslation("district.notForRole"));
            return;
        }
        if (name.isEmpty()) {
            notice.setText(getTranslation("district.pick"));
            return;
        }
        Optional<DistrictPicture> picture = service.district(name.get());
        if (picture.isEmpty()) {
            notice.setText(getTranslation("district.none", name.get()));
            return;
        }
        DistrictPicture p = picture.get();
        KpiTotals k = p.figures();
        summary.setText(getTranslation("district.summary", p.district(), Formats.number(p.offices().size()),
                Formats.number(p.pendingFiles()), Formats.number(p.pendingReceipts()), Formats.number(p.stuck()),
                Formats.date(k.from()), Formats.date(k.to())));
        figures.add(figure("district-kpi-created", "district.created", Formats.number(k.created())),
                figure("district-kpi-closed", "district.closed", Formats.number(k.closed())),
                figure("district-kpi-disposal", "overview.kpi.disposal", Formats.percent(k.disposalRate())),
                figure("district-kpi-levels", "overview.kpi.levels", Formats.decimal(k.meanLevels())),
                figure("district-kpi-over4", "overview.kpi.over4", Formats.percent(k.shareOverFourLevels())),
                figure("district-kpi-idle", "overview.kpi.idle", Formats.number(k.idleDesks())),
                figure("district-kpi-stuck", "overview.stuck", Formats.number(p.stuck())));
        officesTitle.setVisible(true);
        offices.setVisible(true);
        offices.setItems(p.offices());
        idleTitle.setText(getTranslation("district.idleDesks", Formats.number(p.idleDesks().size())));
        idleTitle.setVisible(true);
        idleDesks.setVisible(true);
        idleDesks.setItems(p.idleDesks());
    }

    private FigureCard figure(String id, String labelKey, String value) {
        return new FigureCard(id, getTranslation(labelKey), value);
    }
}
