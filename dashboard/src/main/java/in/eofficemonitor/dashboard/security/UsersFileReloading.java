package in.eofficemonitor.dashboard.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Checks the users file every {@code eoffice.users-reload-every} (default 30 s, so a change holds within a minute;
 * 0 = never) on a daemon thread of its own, when the users come from a file ({@link UserSource#FILE}).
 */
@Configuration(proxyBeanMethods = false)
public class UsersFileReloading {

    private static final Logger LOG = LoggerFactory.getLogger(UsersFileReloading.class);

    /** The schedule; closing it stops the checks. */
    public record Schedule(ScheduledExecutorService executor) implements AutoCloseable {
        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    @Bean(destroyMethod = "close")
    Schedule usersFileSchedule(Environment env, UserDirectory users, SessionsByUser sessions,
            ApplicationEventPublisher events, Clock clock,
            @Value("${eoffice.users-reload-every:30s}") Duration every) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "users-file-reload");
            t.setDaemon(true);
            return t;
        });
        if (UserSource.of(env) == UserSource.FILE && every.isPositive()) {
            Path file = Path.of(env.getProperty(UserSource.USERS_FILE, ""));
            UsersFileWatch watch = new UsersFileWatch(file, users, sessions, events, clock);
            executor.scheduleWithFixedDelay(() -> {
                try {
                    watch.check();
                } catch (RuntimeException e) {
                    LOG.error("Checking the users file {} failed; the users in force stay", file, e);
                }
            }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Users file {}: checked for changes every {}", file, every);
        }
        return new Schedule(executor);
    }
}
