package in.eofficemonitor.streamjobs.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.assigners.FileSplitAssigner;

/**
 * Hands out the files of a watched directory in name order (Flink's simple assigner takes the last one added).
 * With one reader that makes the input order — and so what is late and what is not — a function of the names:
 * files that wait together are read in the same order on a replay as on the first run.
 */
final class SplitsByName implements FileSplitAssigner {

    private final TreeMap<String, FileSourceSplit> pending = new TreeMap<>();

    SplitsByName(Collection<FileSourceSplit> initial) {
        addSplits(initial);
    }

    @Override
    public Optional<FileSourceSplit> getNext(String hostname) {
        var first = pending.pollFirstEntry();
        return first == null ? Optional.empty() : Optional.of(first.getValue());
    }

    @Override
    public void addSplits(Collection<FileSourceSplit> splits) {
        for (FileSourceSplit split : splits) {
            pending.put(split.splitId(), split);
        }
    }

    @Override
    public Collection<FileSourceSplit> remainingSplits() {
        return new ArrayList<>(pending.values());
    }
}
