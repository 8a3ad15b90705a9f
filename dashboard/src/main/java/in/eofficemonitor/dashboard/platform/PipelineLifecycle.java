package in.eofficemonitor.dashboard.platform;

import in.eofficemonitor.streamjobs.job.PipelineRunner;
import in.eofficemonitor.warehouse.Warehouse;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The stream jobs on the simulator's live stream ({@link PipelineRunner#startEmbedded}), in the embedded profile
 * only: against a real server the jobs run on their own cluster. Stopped (its checkpoint kept) before the
 * warehouse closes.
 */
@Component
public class PipelineLifecycle implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineLifecycle.class);

    private final Warehouse warehouse;
    private final boolean enabled;
    private final Path stateDir;
    private PipelineRunner.Handle handle;

    public PipelineLifecycle(Warehouse warehouse, @Value("${eoffice.pipeline.enabled:true}") boolean enabled,
            @Value("${eoffice.data-dir:./data}") Path dataDir) {
        this.warehouse = warehouse;
        this.enabled = enabled && warehouse.config().isEmbedded();
        this.stateDir = dataDir.resolve("flink");
    }

    @Override
    public synchronized void start() {
        if (!enabled || handle != null) {
            return;
        }
        try {
            handle = PipelineRunner.startEmbedded(warehouse, PipelineRunner.Options.defaults(stateDir));
            LOG.info("Stream job {} running on the simulator's live stream", handle.jobId());
        } catch (Exception e) {
            throw new IllegalStateException("The stream job did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (handle != null) {
            LOG.info("Stopping the stream job (its last checkpoint is kept for the next start)");
            handle.stop();
            handle = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return handle != null;
    }

    /** Starts before the web server (phase 0 < its phase) and so stops after it. */
    @Override
    public int getPhase() {
        return 0;
    }
}
