package in.eofficemonitor.streamjobs.job;

import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how often the jobs checkpoint. Checkpoints are retained on local disk; a restarted process resumes
 * from the newest one it finds under {@code directory} (unless {@code resume} is off).
 *
 * @param stateBackend {@code hashmap} (state on the heap, fastest) or {@code rocksdb} (state on disk, large state)
 */
public record CheckpointSettings(Path directory, Duration interval, String stateBackend, boolean resume)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static CheckpointSettings under(Path directory) {
        return new CheckpointSettings(directory, Duration.ofSeconds(3), "hashmap", true);
    }

    public CheckpointSettings withInterval(Duration every) {
        return new CheckpointSettings(directory, every, stateBackend, resume);
    }

    public CheckpointSettings withResume(boolean on) {
        return new CheckpointSettings(directory, interval, stateBackend, on);
    }

    public CheckpointSettings withStateBackend(String backend) {
        return new CheckpointSettings(directory, interval, backend, resume);
    }
}
