package in.eofficemonitor.dashboard.security;

/** The app was started outside the demo with no users file and no identity provider: it must not start. */
public final class NoUsersConfigured extends RuntimeException {

    static final String ACTION = "Set " + UserSource.USERS_FILE + "=/path/to/users.csv (the users file: id, name, email,"
            + " role, scope, language, reports, password_hash — docs/dashboard.md, \"Deploying for a state\"), or"
            + " configure single sign-on with " + UserSource.OIDC_PROVIDERS + ".<name>.issuer-uri. The bundled demo"
            + " users exist only in the demo: ./eoffice-monitor run with the embedded warehouse and the simulator.";

    private final String situation;

    NoUsersConfigured(String why) {
        super("No users file and no identity provider, and this is not the demo (" + why + "). " + ACTION);
        this.situation = "No users file and no identity provider, and this is not the demo (" + why + ").";
    }

    /** What was found, without what to do. */
    public String situation() {
        return situation;
    }

    /** What to set. */
    public String action() {
        return ACTION;
    }
}
