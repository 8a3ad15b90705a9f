package in.eofficemonitor.dashboard.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The open HTTP sessions, so that a user taken out of the users file (or moved to another scope) can be logged out
 * at once: {@link #end} invalidates every session whose logged-in user is one of them, and their next request —
 * a click, Vaadin's heartbeat, a push — lands on the login page. Spring Boot registers this listener with the
 * servlet container.
 */
@Component
public class SessionsByUser implements HttpSessionListener {

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    /** Ends the sessions of these users; answers how many were ended. */
    public int end(Set<String> userIds) {
        if (userIds.isEmpty()) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : open.values()) {
            try {
                Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                if (context instanceof SecurityContext sc && sc.getAuthentication() != null
                        && userIds.contains(sc.getAuthentication().getName())) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalid) {
                open.remove(session.getId());
            }
        }
        return ended;
    }
}
