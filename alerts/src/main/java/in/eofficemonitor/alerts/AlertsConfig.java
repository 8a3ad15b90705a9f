package in.eofficemonitor.alerts;

import in.eofficemonitor.alerts.delivery.RetryPolicy;
import in.eofficemonitor.alerts.mail.SmtpConfig;
import in.eofficemonitor.alerts.schedule.ScheduleDefinition;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every setting of the alerts, read from flat {@code alerts.*} keys (a properties file, Spring's environment,
 * system properties); docs/alerts.md lists them. Absent keys take the embedded default's values.
 */
public record AlertsConfig(
        Optional<Path> recipientsFile,
        String dashboardUrl,
        boolean embeddedSmtp,
        int embeddedSmtpPort,
        SmtpConfig smtp,
        String weeklyCron,
        String digestCron,
        LocalTime escalationTime,
        String escalationCalendar,
        double collectorMultiple,
        boolean calendarDays,
        ZoneId zone,
        RetryPolicy retry,
        Duration claimSettle,
        int deliveryThreads,
        String instance,
        boolean catchUp,
        Properties quartz) {

    public static final String PREFIX = "alerts.";

    public static AlertsConfig defaults() {
        return from(Map.of());
    }

    public static AlertsConfig from(Map<String, String> s) {
        String p = PREFIX;
        Properties quartz = new Properties();
        s.forEach((k, v) -> {
            if (k.startsWith(p + "quartz.")) {
                quartz.setProperty("org.quartz." + k.substring((p + "quartz.").length()), v);
            }
        });
        String instance = s.getOrDefault(p + "instance", ManagementFactory.getRuntimeMXBean().getName());
        return new AlertsConfig(
                Optional.ofNullable(s.get(p + "recipients-file")).filter(v -> !v.isBlank()).map(Path::of),
                s.getOrDefault(p + "dashboard-url", "http://localhost:8080"),
                Boolean.parseBoolean(s.getOrDefault(p + "smtp.embedded", "true")),
                Integer.parseInt(s.getOrDefault(p + "smtp.embedded-port", "0")),
                SmtpConfig.fromSettings(s, p + "smtp."),
                s.getOrDefault(p + "schedule.weekly-pendency", ScheduleDefinition.WEEKLY_DEFAULT),
                s.getOrDefault(p + "schedule.rollout-digest", ScheduleDefinition.DIGEST_DEFAULT),
                LocalTime.parse(s.getOrDefault(p + "escalation.time", "10:00")),
                s.getOrDefault(p + "escalation.calendar", "DISTRICT_OFFICE"),
                Double.parseDouble(s.getOrDefault(p + "escalation.collector-multiple", "2")),
                Boolean.parseBoolean(s.getOrDefault(p + "calendar-days", "false")),
                ZoneId.of(s.getOrDefault(p + "zone", "Asia/Kolkata")),
                new RetryPolicy(Integer.parseInt(s.getOrDefault(p + "retry.max-attempts", "6")),
                        Duration.ofSeconds(Long.parseLong(s.getOrDefault(p + "retry.first-backoff-seconds", "30"))),
                        Duration.ofSeconds(Long.parseLong(s.getOrDefault(p + "retry.max-backoff-seconds", "480")))),
                Duration.ofMillis(Long.parseLong(s.getOrDefault(p + "delivery.claim-settle-ms", "300"))),
                // 4: once the shared loads are in, a mail waits mostly on the delivery log and SMTP, not on a core.
                Integer.parseInt(s.getOrDefault(p + "delivery.threads", "4")),
                instance,
                Boolean.parseBoolean(s.getOrDefault(p + "catch-up", "true")),
                quartz);
    }

    /** Reads {@code alerts.*} from a properties object (e.g. a file given on the command line). */
    public static AlertsConfig from(Properties properties) {
        Map<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return from(map);
    }

    /** The escalation's cron: its time on Monday to Saturday; the office calendar then skips days off. */
    public String escalationCron() {
        return "0 %d %d ? * MON-SAT".formatted(escalationTime.getMinute(), escalationTime.getHour());
    }
}
