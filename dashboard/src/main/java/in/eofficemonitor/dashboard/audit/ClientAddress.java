package in.eofficemonitor.dashboard.audit;

import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address for an audit entry: as recorded with the login, else that of the current request. Behind a
 * reverse proxy it is the real client's only with forwarded headers on ({@code server.forward-headers-strategy}).
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(Object authenticationDetails) {
        if (authenticationDetails instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return ofCurrentRequest();
    }

    static String ofCurrentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "";
    }
}
