package in.eofficemonitor.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;

/**
 * The actuator's refusals, written as the response itself. {@code sendError} would hand the request to the
 * container's error page, which goes through the dashboard's own security chain and turns a scraper's 401 into
 * a redirect to the login page (and opens a session for it).
 */
final class ActuatorAnswers {

    private ActuatorAnswers() {}

    static void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException why)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"e-Office Monitor\", charset=\"UTF-8\"");
        answer(response, HttpServletResponse.SC_UNAUTHORIZED, "log in as a STATE user (HTTP Basic) to read this");
    }

    static void forbidden(HttpServletResponse response) throws IOException {
        answer(response, HttpServletResponse.SC_FORBIDDEN, "only STATE users may read this");
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text + "\n");
    }
}
