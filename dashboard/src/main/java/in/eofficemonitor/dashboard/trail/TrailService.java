package in.eofficemonitor.dashboard.trail;

import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.DashboardUser;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.trail.FilePosition;
import in.eofficemonitor.warehouse.trail.FileSuggestion;
import in.eofficemonitor.warehouse.trail.FileTrail;
import in.eofficemonitor.warehouse.trail.TrailEvent;
import in.eofficemonitor.warehouse.trail.TrailQueries;
import in.eofficemonitor.warehouse.trail.TrailStay;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One file's trail (the query behind {@code report trail}). A file belongs to the office holding it now (or, once
 * closed, the office that closed it): a user sees the trail only when that office is in their scope. Anything
 * else — an unknown id or another district's file — answers "not found", and the attempt on a real file of
 * another scope is logged and counted.
 */
public final class TrailService {

    private final TrailQueries trails;
    private final OfficeDirectory offices;
    private final CurrentUser currentUser;
    private final AccessGuard guard;
    private final Clock clock;

    public TrailService(Warehouse warehouse, OfficeDirectory offices, CurrentUser currentUser, AccessGuard guard,
            Clock clock) {
        this.trails = new TrailQueries(warehouse);
        this.offices = offices;
        this.currentUser = currentUser;
        this.guard = guard;
        this.clock = clock;
    }

    public Optional<FileTrail> trail(String fileId) {
        if (fileId == null || fileId.isBlank()) {
            return Optional.empty();
        }
        String id = fileId.strip();
        FileTrail trail = trails.trail(id, clock.instant());
        if (!trail.known()) {
            return Optional.empty();
        }
        DashboardUser user = currentUser.get();
        UserScope scope = user.scope();
        String office = holdingOffice(trail);
        if (!scope.allows(offices.find(office).orElse(null))) {
            guard.denied(user.id(), scope, "the trail of file " + id + " (held by office " + office + ")");
            return Optional.empty();
        }
        return Optional.of(trail);
    }

    /** Suggestions begin after this many characters: shorter prefixes match too much to help. */
    public static final int SUGGEST_AFTER = 3;
    public static final int SUGGESTIONS = 20;

    /** File ids beginning with {@code prefix} whose trail the user may open (held by an office of their scope). */
    public List<String> suggest(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        if (p.length() < SUGGEST_AFTER) {
            return List.of();
        }
        UserScope scope = currentUser.scope();
        // The police units are no district or office scope: their holding offices are checked here, as trail() does.
        int limit = scope.filtersByOffice() ? SUGGESTIONS * 50 : SUGGESTIONS;
        return trails.suggest(p, scope.warehouseScope(), limit).stream()
                .filter(f -> scope.allows(offices.find(f.officeId()).orElse(null)))
                .map(FileSuggestion::fileId).limit(SUGGESTIONS).toList();
    }

    static String holdingOffice(FileTrail trail) {
        Optional<String> fromPosition = trail.position().map(FilePosition::officeId).filter(o -> !o.isBlank());
        if (fromPosition.isPresent()) {
            return fromPosition.get();
        }
        List<TrailStay> stays = trail.stays();
        if (!stays.isEmpty()) {
            return stays.getLast().officeId();
        }
        List<TrailEvent> events = trail.events();
        return events.isEmpty() ? "" : events.getLast().officeId();
    }
}
