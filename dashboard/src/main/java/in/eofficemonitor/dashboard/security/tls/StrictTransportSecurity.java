package in.eofficemonitor.dashboard.security.tls;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HSTS on every answer given over HTTPS (directly, or through a TLS-ending proxy with forwarded headers on), so a
 * browser that has seen the dashboard once never speaks plain HTTP to it again. Spring Security writes the header
 * only on the requests its chains handle; the login page and Vaadin's static files are served outside them, and a
 * browser that first opens the login page must get it there too. Plain-HTTP answers carry none (browsers ignore it
 * there, and it would lock out a dashboard that has no TLS).
 */
public final class StrictTransportSecurity extends OncePerRequestFilter {

    /** One year, sub-domains included: the value Spring Security uses. */
    public static final String VALUE = "max-age=31536000 ; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", VALUE);
        }
        chain.doFilter(request, response);
    }
}
