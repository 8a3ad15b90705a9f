package in.eofficemonitor.dashboard.security;

import in.eofficemonitor.warehouse.csv.Csv;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.RecipientsFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The users, read from the alerts' recipients file format ({@link RecipientsFile}: id, name, email, role,
 * scope, language, reports) with one more column, {@code password_hash} (BCrypt). The same file gives the alerts
 * their recipients, so a Collector's mail and dashboard show the same district. The bundled demo users
 * ({@value #DEMO_RESOURCE}) are used in the demo only ({@link UserSource}); only those have a {@code demo_password}
 * column, which is printed at start-up and never read for logging in, and a users file that carries one of their
 * password hashes is refused ({@link DemoPasswords}). A changed users file is read again on the running app
 * ({@link UsersFileWatch}).
 * With single sign-on configured, {@code password_hash} is optional: the file is then the list of who may log in
 * through the identity provider, and with which role and scope.
 */
public final class UserDirectory {

    public static final String DEMO_RESOURCE = "/users/demo-users.csv";

    /** A demo login as printed at start-up. */
    public record DemoLogin(String id, String password, String description) {}

    /** Replaced whole when the users file changes ({@link #replaceWith}); readers see the old or the new list. */
    private volatile Map<String, DashboardUser> users;
    private final List<DemoLogin> demoLogins;
    private final boolean demo;
    /** Read with single sign-on on: a later reading of the same file ({@link UsersFileWatch}) is read the same way. */
    private final boolean passwordOptional;

    private UserDirectory(Map<String, DashboardUser> users, List<DemoLogin> demoLogins, boolean demo,
            boolean passwordOptional) {
        this.users = users;
        this.demoLogins = demoLogins;
        this.demo = demo;
        this.passwordOptional = passwordOptional;
    }

    public static UserDirectory load(Optional<Path> file) {
        return load(file, false);
    }

    /**
     * @param passwordOptional single sign-on is configured: {@code password_hash} may be missing or empty, and every
     *     row of the file is a dashboard user (one without a hash logs in only through the identity provider)
     */
    public static UserDirectory load(Optional<Path> file, boolean passwordOptional) {
        try {
            if (file.isPresent()) {
                return parse(Files.readString(file.get(), StandardCharsets.UTF_8), file.get().toString(), false,
                        passwordOptional);
            }
            try (InputStream in = UserDirectory.class.getResourceAsStream(DEMO_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(DEMO_RESOURCE + " is missing from the class path");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEMO_RESOURCE, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file.map(Path::toString).orElse(DEMO_RESOURCE), e);
        }
    }

    static UserDirectory parse(String text, String source, boolean demo) {
        return parse(text, source, demo, false);
    }

    static UserDirectory parse(String text, String source, boolean demo, boolean passwordOptional) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Recipient> recipients = RecipientsFile.parse(body, source);
        List<List<String>> rows = Csv.parse(body);
        List<String> header = rows.getFirst().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int idCol = header.indexOf("id");
        int hashCol = header.indexOf("password_hash");
        int demoCol = header.indexOf("demo_password");
        if (hashCol < 0 && !passwordOptional) {
            throw new IllegalArgumentException(source + ": header lacks column password_hash (BCrypt) for dashboard users");
        }
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> demoPasswords = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (hashCol >= 0 && row.size() > Math.max(idCol, hashCol)) {
                hashes.put(row.get(idCol).trim(), row.get(hashCol).trim());
                if (demo && demoCol >= 0 && row.size() > demoCol) {
                    demoPasswords.put(row.get(idCol).trim(), row.get(demoCol).trim());
                }
            }
        }
        Map<String, DashboardUser> users = new LinkedHashMap<>();
        List<DemoLogin> logins = new ArrayList<>();
        for (Recipient r : recipients) {
            String hash = hashes.getOrDefault(r.id(), "");
            if (hash.isEmpty() && !passwordOptional) {
                continue; // a mail-only recipient: no dashboard login
            }
            users.put(r.id(), new DashboardUser(r, hash));
            if (demoPasswords.containsKey(r.id())) {
                logins.add(new DemoLogin(r.id(), demoPasswords.get(r.id()), r.scope() + " — " + r.name()));
            }
        }
        if (!demo) {
            DemoPasswords.refuseIn(users, source);
        }
        return new UserDirectory(Map.copyOf(users), List.copyOf(logins), demo, passwordOptional);
    }

    /** No users at all: single sign-on configured but no users file to say who may see what. */
    public static UserDirectory empty() {
        return new UserDirectory(Map.of(), List.of(), false, true);
    }

    /** Puts the users of a newer reading of the same file in force ({@link UsersFileWatch}). */
    void replaceWith(UserDirectory newer) {
        this.users = newer.users;
    }

    public Optional<DashboardUser> find(String id) {
        return Optional.ofNullable(users.get(id));
    }

    public List<DashboardUser> all() {
        return users.values().stream().toList();
    }

    public List<Recipient> recipients() {
        return users.values().stream().map(DashboardUser::recipient).toList();
    }

    boolean passwordOptional() {
        return passwordOptional;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<DemoLogin> demoLogins() {
        return demoLogins;
    }
}
