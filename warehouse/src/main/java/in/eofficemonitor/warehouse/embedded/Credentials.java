package in.eofficemonitor.warehouse.embedded;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/**
 * The single user the embedded warehouse knows, and how a request names it: HTTP basic auth,
 * {@code X-ClickHouse-User}/{@code X-ClickHouse-Key}, or the {@code user}/{@code password} URL
 * parameters (ClickHouse's three ways). No credentials at all means user {@code default} with an
 * empty password, as on a fresh ClickHouse server.
 */
record Credentials(String user, String password) {

    /** The user a request authenticates as; throws AUTHENTICATION_FAILED (516) when it does not match. */
    String authenticate(Headers headers, Map<String, String> params, ClickHouseErrors errors) {
        String givenUser = null;
        String givenPassword = null;
        String authorization = headers.getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw errors.error("AUTHENTICATION_FAILED", "Invalid authentication: malformed basic credentials");
            }
            int colon = decoded.indexOf(':');
            givenUser = colon < 0 ? decoded : decoded.substring(0, colon);
            givenPassword = colon < 0 ? "" : decoded.substring(colon + 1);
        }
        if (headers.containsKey("X-ClickHouse-User") || headers.containsKey("X-ClickHouse-Key")) {
            if (givenUser != null) {
                throw errors.error("AUTHENTICATION_FAILED",
                        "Invalid authentication: it is not allowed to use Authorization HTTP header and"
                                + " authentication via X-ClickHouse-User/X-ClickHouse-Key simultaneously");
            }
            givenUser = headers.getFirst("X-ClickHouse-User");
            givenPassword = headers.getFirst("X-ClickHouse-Key");
        }
        if (params.containsKey("user") || params.containsKey("password")) {
            if (givenUser != null) {
                throw errors.error("AUTHENTICATION_FAILED",
                        "Invalid authentication: it is not allowed to use credentials in the URL and"
                                + " in HTTP headers simultaneously");
            }
            givenUser = params.get("user");
            givenPassword = params.get("password");
        }
        String u = givenUser == null || givenUser.isEmpty() ? "default" : givenUser;
        String p = givenPassword == null ? "" : givenPassword;
        boolean ok = constantTimeEquals(u, user) & constantTimeEquals(p, password);
        if (!ok) {
            throw errors.error("AUTHENTICATION_FAILED",
                    u + ": Authentication failed: password is incorrect, or there is no user with such name");
        }
        return u;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password.isEmpty() ? "(empty)" : "****") + "]";
    }
}
