package in.eofficemonitor.dashboard.security.sso;

/**
 * Published (as a Spring application event) when the identity provider vouched for someone the users file does not
 * list: the login is refused. {@code user} is the value of the configured claim (the subject when the claim is
 * missing).
 */
public record SsoRefused(String user, String claim) {}
