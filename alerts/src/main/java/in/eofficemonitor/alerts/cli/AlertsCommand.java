package in.eofficemonitor.alerts.cli;

import in.eofficemonitor.alerts.Alerts;
import in.eofficemonitor.alerts.AlertsConfig;
import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.recipients.Scope;
import in.eofficemonitor.alerts.recipients.RecipientsFile;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.cli.CommandMain;
import in.eofficemonitor.warehouse.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./eoffice-monitor alerts ...}: the operator's view of the alert mails.
 *
 * <pre>
 * alerts schedules                                   the crons and their next runs
 * alerts preview --report KEY --recipient ID [--out F.html]
 * alerts send    --report KEY [--recipient ID]       send now (at most once per period, as on schedule)
 * common: --recipients FILE  --config alerts.properties  --warehouse URL
 * </pre>
 */
public final class AlertsCommand {

    private static final String USAGE = """
            Usage: ./eoffice-monitor alerts schedules|preview|send [options]
              --recipients FILE     recipients CSV (id,name,email,role,scope,language[,reports])
              --config FILE         alerts.* settings (docs/alerts.md); default: embedded SMTP, default crons
              --warehouse URL       default: the embedded warehouse in ./data
              --report KEY          weekly-pendency | stuck-escalation | rollout-digest
              --recipient ID        one recipient (preview: required; send: default everyone)
              --out FILE            preview: write the HTML there (default: stdout)
            """;

    private AlertsCommand() {}

    public static void main(String[] args) {
        CommandMain.main("alerts", args, AlertsCommand::run);
    }

    static int run(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String verb = args[0];
        if (!Set.of("schedules", "preview", "send").contains(verb)) {
            throw new UsageException("unknown command '" + verb + "'; the commands are schedules, preview and send");
        }
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new UsageException(args[i].startsWith("--") ? args[i] + " needs a value" : "unexpected argument '" + args[i] + "'");
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        Map<String, String> settings = new HashMap<>();
        if (opts.containsKey("config")) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(opts.get("config")))) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k)));
        }
        if (opts.containsKey("recipients")) {
            settings.put("alerts.recipients-file", opts.get("recipients"));
        }
        settings.putIfAbsent("alerts.catch-up", "false");
        // Checked before the warehouse opens: a typo costs no engine start.
        if (verb.equals("preview")) {
            ReportKind.parse(required(opts, "report"));
            knownRecipient(settings.get("alerts.recipients-file"), required(opts, "recipient"));
        } else if (verb.equals("send")) {
            ReportKind.parse(required(opts, "report"));
            if (opts.containsKey("recipient")) {
                knownRecipient(settings.get("alerts.recipients-file"), opts.get("recipient"));
            }
        }
        AlertsConfig config = AlertsConfig.from(settings);
        try (Warehouse warehouse = Warehouse.open(opts.get("warehouse"));
             Alerts alerts = Alerts.create(config, warehouse, Optional.empty(), Clock.systemUTC())) {
            switch (verb) {
                case "schedules" -> alerts.schedules().forEach(s -> System.out.printf("%s\t%s\t%s\tnext %s\tperiod %s%n",
                        s.kind().key(), s.cron(), s.zone(), s.nextFire(), s.nextPeriod()));
                case "preview" -> {
                    Alerts.Preview preview = alerts.preview(required(opts, "recipient"), ReportKind.parse(required(opts, "report")));
                    String html = preview.mail().isEmpty() ? "<p>Nothing to send for " + preview.period().key() + ".</p>" : preview.html();
                    if (opts.containsKey("out")) {
                        Files.writeString(Path.of(opts.get("out")), html, StandardCharsets.UTF_8);
                        System.err.println("wrote " + opts.get("out") + " (" + preview.period().key() + ")");
                    } else {
                        System.out.println(html);
                    }
                }
                case "send" -> {
                    Recipient operator = new Recipient("cli-operator", "operator", "", Scope.STATE, Language.EN, Set.of());
                    List<DeliveryService.Result> results = alerts.sendNow(operator, ReportKind.parse(required(opts, "report")),
                            Optional.ofNullable(opts.get("recipient")));
                    results.forEach(r -> System.out.printf("%s\t%s\t%s\t%d\t%s%n", r.key(), r.outcome(), r.messageId(),
                            r.attempts(), r.error()));
                    List<ReceivedMail> inbox = alerts.inbox();
                    if (!inbox.isEmpty()) {
                        System.err.println(inbox.size() + " mail(s) went to the in-process SMTP server (alerts.smtp.embedded=true)");
                    }
                }
                default -> throw new UsageException("unknown command '" + verb + "'");
            }
        }
        return 0;
    }

    /** A recipient id must be in the recipients file; without one there is nobody to write to. */
    private static void knownRecipient(String file, String id) throws IOException {
        if (file == null) {
            throw new UsageException("no recipient " + id + ": no recipients file was given;"
                    + " pass --recipients FILE (a CSV: id,name,email,role,scope,language[,reports])");
        }
        List<Recipient> all = RecipientsFile.load(Path.of(file));
        if (all.stream().noneMatch(r -> r.id().equals(id))) {
            String ids = all.stream().map(Recipient::id).limit(5).collect(Collectors.joining(", "));
            throw new UsageException("no recipient " + id + " in " + file + (all.isEmpty() ? " (it lists nobody)"
                    : " (its ids: " + ids + (all.size() > 5 ? ", ..." : "") + ")"));
        }
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new UsageException("--" + name + " is required");
        }
        return v;
    }
}
