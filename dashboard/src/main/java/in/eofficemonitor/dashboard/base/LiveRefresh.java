package in.eofficemonitor.dashboard.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Views refresh by themselves as events arrive: every open view registers a refresh, and every
 * {@code eoffice.refresh-seconds} each one re-runs its queries inside its UI's lock and the changes reach the
 * browser by server push ({@code @Push} on the app shell). A refresh keeps the user's filters and sort order:
 * it replaces rows, not the view.
 */
@Component
public class LiveRefresh implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRefresh.class);

    private final Map<Object, Entry> views = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-live-refresh");
        t.setDaemon(true);
        return t;
    });

    /** The view's user is kept with it: a refresh runs on the timer's thread, outside any request. */
    private record Entry(UI ui, Runnable refresh, SecurityContext user) {}

    public LiveRefresh(@Value("${eoffice.refresh-seconds:30}") long seconds) {
        if (seconds > 0) {
            timer.scheduleWithFixedDelay(this::refreshAll, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    /** Registers a view's refresh for as long as it is attached; remove the registration on detach. */
    public Registration register(UI ui, Runnable refresh) {
        Object key = new Object();
        views.put(key, new Entry(ui, refresh, SecurityContextHolder.getContext()));
        return () -> views.remove(key);
    }

    /**
     * Keeps a view that builds its content in its constructor up to date while it is attached: each refresh builds a
     * fresh copy and {@link ViewMorph morphs} the open view into it, so the user keeps their place. One line in the
     * view's constructor: {@code live.rebuildWhileAttached(this, () -> new XView(…))}.
     */
    public void rebuildWhileAttached(com.vaadin.flow.component.Component view,
            Supplier<? extends com.vaadin.flow.component.Component> fresh) {
        Registration[] registration = {null};
        view.addAttachListener(e -> registration[0] = register(e.getUI(), () -> ViewMorph.into(view, fresh.get())));
        view.addDetachListener(e -> {
            if (registration[0] != null) {
                registration[0].remove();
                registration[0] = null;
            }
        });
    }

    /** Refreshes every open view now (the timer's job; tests call it directly). */
    public void refreshAll() {
        views.forEach((key, e) -> {
            if (e.ui().isClosing() || e.ui().getSession() == null) {
                views.remove(key);
                return;
            }
            e.ui().access(() -> {
                SecurityContext before = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(e.user());
                try {
                    e.refresh().run();
                } catch (RuntimeException ex) {
                    LOG.warn("A view could not refresh: {}", ex.toString());
                } finally {
                    SecurityContextHolder.setContext(before);
                }
            });
        });
    }

    public int openViews() {
        return views.size();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
