package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.RolloutStage;

/**
 * How the simulator sees one office: its registry row, its hierarchy of desks by level, where its files start,
 * and which offices its files may go to and come back from.
 *
 * @param index position in {@link Scenario#offices()}
 * @param template the desk template (designations.csv)
 * @param dealingLevel the level at which files are opened (receipts are entered at level 0)
 * @param branches the office's size; arrivals are proportional to it
 * @param desksByLevel global desk indices ({@link Scenario#desks()}) per level, from 0 up to the head of office
 * @param escalatesTo office indices its files may be sent to (and come back from), possibly repeated as weights
 * @param fileCode the middle part of its file numbers (e.g. REV in UP/REV/2026/00123)
 * @param subjectScope which subjects its files get (subjects.csv)
 */
public record OfficeModel(
        int index,
        Office office,
        String template,
        int dealingLevel,
        int branches,
        int[][] desksByLevel,
        int[] escalatesTo,
        String fileCode,
        String subjectScope) {

    public boolean live() {
        return office.rolloutStage() == RolloutStage.LIVE;
    }

    public int topLevel() {
        return desksByLevel.length - 1;
    }

    /** The level at which files from another office arrive (the section / dealing officer level). */
    public int receivingLevel() {
        return Math.min(topLevel(), template.equals("SECRETARIAT") ? 2 : dealingLevel + 1);
    }

    /** Number of desks on which files are opened; the office's arrivals are proportional to it. */
    public int dealingDesks() {
        return desksByLevel[dealingLevel].length;
    }
}
