package in.eofficemonitor.dashboard.overview.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import in.eofficemonitor.dashboard.base.FigureCard;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.overview.FeedQuiet;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.live.LiveCounters;
import java.time.format.DateTimeFormatter;
import java.util.OptionalDouble;

/**
 * The overview's live counters — accepted events per second over the last minute, files open, items stuck now —
 * read from the warehouse when shown. They are read again at every live refresh as part of the overview, which
 * rebuilds itself then ({@code LiveRefresh.rebuildWhileAttached}); a registration of their own would read them
 * twice.
 */
class LiveCountersPanel extends FlexLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final OverviewService service;
    private final UserScope scope;
    final FigureCard eventsPerSecond;
    final FigureCard openFiles;
    final FigureCard stuckNow;
    final Span at = new Span();
    /** A line saying why the feed is quiet, so that 0.00 is not read as a broken pipeline. */
    final Span quiet = new Span();

    LiveCountersPanel(OverviewService service, UserScope scope) {
        this.service = service;
        this.scope = scope;
        setId("live-counters");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("gap", "1em");
        eventsPerSecond = new FigureCard("live-events", getTranslation("overview.live.events"), "");
        openFiles = new FigureCard("live-open", getTranslation("overview.live.open"), "");
        stuckNow = new FigureCard("live-stuck", getTranslation("overview.live.stuck"), "");
        at.setId("live-at");
        quiet.setId("live-quiet");
        add(eventsPerSecond, openFiles, stuckNow, at, quiet);
        show();
    }

    void show() {
        LiveCounters c = service.liveCounters(scope);
        eventsPerSecond.setValue(Formats.decimal(OptionalDouble.of(c.eventsPerSecond())));
        openFiles.setValue(Formats.number(c.openFiles()));
        stuckNow.setValue(Formats.number(c.stuckNow()));
        at.setText(getTranslation("overview.live.at", TIME.format(c.at().atZone(Formats.IST))));
        quiet.setText(service.whyQuiet(c).map(this::describe).orElse(""));
        quiet.setVisible(!quiet.getText().isEmpty());
    }

    private String describe(FeedQuiet q) {
        if (q.officesClosed()) {
            // Without a movement in the last day the time judged is the wall clock's, and is said so.
            return getTranslation(q.anyEvent() ? "overview.live.quietClosed" : "overview.live.quietClosedNow",
                    Formats.dateTime(q.feedTime()), q.opens().map(Formats::dateTime).orElse("–"));
        }
        return q.anyEvent() ? getTranslation("overview.live.quietOpen", Formats.dateTime(q.feedTime()))
                : getTranslation("overview.live.noFeed");
    }
}
