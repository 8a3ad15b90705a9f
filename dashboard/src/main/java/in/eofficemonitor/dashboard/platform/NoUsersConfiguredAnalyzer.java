package in.eofficemonitor.dashboard.platform;

import in.eofficemonitor.dashboard.security.NoUsersConfigured;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal to start without users into Spring Boot's short "APPLICATION FAILED TO START" text. */
public final class NoUsersConfiguredAnalyzer extends AbstractFailureAnalyzer<NoUsersConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoUsersConfigured cause) {
        return new FailureAnalysis(cause.situation(), cause.action(), cause);
    }
}
