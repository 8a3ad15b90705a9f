package in.eofficemonitor.dashboard.security;

import in.eofficemonitor.alerts.format.Csv;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.RecipientsFile;
import in.eofficemonitor.dashboard.system.DashboardProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The people who log in, from the same CSV the alerts read their mail recipients from (one place defines
 * both, so a Collector's mail and a Collector's dashboard have the same scope), plus a
 * {@code password_bcrypt} column with each user's BCrypt hash. Without a configured file the demo users
 * on the class path are used; their passwords are printed at start-up of the embedded default only.
 */
@Component
public class Users {

    static final String DEMO_FILE = "/users/demo-users.csv";
    static final String PASSWORD_COLUMN = "password_bcrypt";

    private final List<Recipient> recipients;
    private final Map<String, String> passwordHashes;
    private final boolean demo;

    @org.springframework.beans.factory.annotation.Autowired
    public Users(DashboardProperties properties) {
        this(read(properties.usersFile()), properties.usersFile().isBlank());
    }

    Users(String csv, boolean demo) {
        this.recipients = RecipientsFile.parse(csv, demo ? "demo-users.csv" : "users file");
        this.passwordHashes = passwordColumn(csv);
        this.demo = demo;
    }

    public List<Recipient> recipients() {
        return recipients;
    }

    public Optional<Recipient> byId(String id) {
        return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The BCrypt hash for the user; empty for a mail-only recipient, who cannot log in. */
    public Optional<String> passwordHash(String id) {
        return Optional.ofNullable(passwordHashes.get(id)).filter(h -> !h.isBlank());
    }

    public boolean demo() {
        return demo;
    }

    private static Map<String, String> passwordColumn(String csv) {
        List<List<String>> rows = Csv.parse(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        Map<String, String> hashes = new HashMap<>();
        if (rows.isEmpty()) {
            return hashes;
        }
        List<String> header = rows.getFirst().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int id = header.indexOf("id");
        int hash = header.indexOf(PASSWORD_COLUMN);
        if (hash < 0) {
            return hashes;
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(id, hash)) {
                hashes.put(row.get(id).trim(), row.get(hash).trim());
            }
        }
        return hashes;
    }

    private static String read(String file) {
        try {
            if (file.isBlank()) {
                try (InputStream in = Users.class.getResourceAsStream(DEMO_FILE)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file, e);
        }
    }
}
