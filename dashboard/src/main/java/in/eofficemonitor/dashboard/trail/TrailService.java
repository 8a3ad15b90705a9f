package in.eofficemonitor.dashboard.trail;

import in.eofficemonitor.dashboard.base.ScopeGuard;
import in.eofficemonitor.warehouse.trail.FilePosition;
import in.eofficemonitor.warehouse.trail.FileTrail;
import in.eofficemonitor.warehouse.trail.TrailQueries;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * One file's trail, shown only when the file is now (or was closed) in an office the user may see: a
 * Collector searching another district's file id gets "not found", and the attempt is logged.
 */
@Service
public class TrailService {

    private final TrailQueries trails;
    private final ScopeGuard guard;

    public TrailService(TrailQueries trails, ScopeGuard guard) {
        this.trails = trails;
        this.guard = guard;
    }

    public Optional<FileTrail> trail(String fileId, Instant now) {
        FileTrail trail = trails.trail(fileId.strip(), now);
        if (!trail.known()) {
            return Optional.empty();
        }
        String office = trail.position().map(FilePosition::officeId)
                .orElseGet(() -> trail.stays().isEmpty() ? "" : trail.stays().getLast().officeId());
        return guard.maySee(office, "trail") ? Optional.of(trail) : Optional.empty();
    }
}
