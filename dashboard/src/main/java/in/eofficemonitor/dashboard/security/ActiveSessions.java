package in.eofficemonitor.dashboard.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Open HTTP sessions of the dashboard (a browser on the login page has one too), as the gauge
 * {@code eoffice.sessions.active}. Spring Boot registers this listener with the servlet container; a session ends
 * at logout or when it times out. Scrapes with HTTP Basic create none.
 */
@Component
public class ActiveSessions implements HttpSessionListener {

    private final AtomicInteger open = new AtomicInteger();

    public ActiveSessions(MeterRegistry meters) {
        Gauge.builder("eoffice.sessions.active", open, AtomicInteger::get)
                .description("Open HTTP sessions of the dashboard").register(meters);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }

    public int open() {
        return open.get();
    }
}
