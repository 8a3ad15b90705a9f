package in.eofficemonitor.dashboard.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * The messages one class logs while a test runs, formatted as the log shows them (the real log4j2 logger, an
 * appender of our own on it); closing it takes the appender off and puts the level back.
 */
final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final Level level;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final AbstractAppender appender;

    CapturedLog(Class<?> type) {
        logger = (Logger) LogManager.getLogger(type);
        level = logger.getLevel();
        appender = new AbstractAppender("captured-" + type.getSimpleName(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                messages.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
            }
        };
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
    }

    /** Each logged message as "LEVEL message". */
    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        logger.removeAppender(appender);
        logger.setLevel(level);
        appender.stop();
    }
}
