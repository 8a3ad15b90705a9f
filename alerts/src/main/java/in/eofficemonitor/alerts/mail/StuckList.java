package in.eofficemonitor.alerts.mail;

import in.eofficemonitor.warehouse.csv.Csv;
import in.eofficemonitor.alerts.format.IndianDates;
import in.eofficemonitor.alerts.format.IndianNumbers;
import in.eofficemonitor.alerts.source.ReportSource.StuckFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The stuck-file table of a mail and its full CSV attachment, shared by the weekly report and the escalation. */
public final class StuckList {

    private StuckList() {}

    private static boolean hindi(Messages m) {
        return m.language() == in.eofficemonitor.alerts.recipients.Language.HI;
    }

    public static List<String> header(Messages m) {
        return List.of(m.get("col.file"), m.get("col.subject"), m.get("col.priority"), m.get("col.office"),
                m.get("col.desk"), m.get("col.arrived"), m.get("col.dwell"));
    }

    public static List<List<Html.Cell>> rows(List<StuckFile> files, Messages m, DashboardLinks links) {
        List<List<Html.Cell>> rows = new ArrayList<>(files.size());
        for (StuckFile f : files) {
            rows.add(List.of(
                    Html.link(f.fileId(), links.file(f.fileId())),
                    Html.text(f.subject()),
                    Html.text(m.get("priority." + f.priority())),
                    Html.link(f.officeName(hindi(m)), links.office(f.officeId())),
                    Html.link(f.deskLabel(hindi(m)) + " (" + f.deskId() + ")", links.desk(f.deskId())),
                    Html.text(IndianDates.dateTime(f.arrivedAt())),
                    Html.num(IndianNumbers.group(f.dwellDays(), 1))));
        }
        return rows;
    }

    public static String textLines(List<StuckFile> files, Messages m) {
        StringBuilder out = new StringBuilder();
        for (StuckFile f : files) {
            out.append("- ").append(f.fileId()).append(" — ").append(f.subject()).append(" — ")
                    .append(f.deskLabel(hindi(m))).append(" (").append(f.deskId()).append("), ")
                    .append(f.officeName(hindi(m))).append(" — ")
                    .append(m.get("col.dwell")).append(": ").append(IndianNumbers.group(f.dwellDays(), 1)).append('\n');
        }
        return out.toString();
    }

    /**
     * Every stuck file as CSV, UTF-8 with a byte-order mark so spreadsheet programs show Hindi correctly.
     * Column names in the recipient's language; ids, dates and numbers plain so it sorts and filters.
     */
    public static MailContent.Attachment csv(String fileName, List<StuckFile> files, Messages m, DashboardLinks links) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + files.size() * 160);
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        StringBuilder text = new StringBuilder();
        text.append(Csv.line(List.of("file_id", m.get("col.subject"), m.get("col.priority"), "office_id", m.get("col.office"),
                m.get("col.district"), "desk_id", m.get("col.desk"), m.get("col.arrived"), m.get("col.dwell"), "link")));
        for (StuckFile f : files) {
            text.append(Csv.line(List.of(f.fileId(), f.subject(), f.priority(), f.officeId(), f.officeName(hindi(m)), f.district(),
                    f.deskId(), f.deskLabel(hindi(m)), IndianDates.dateTime(f.arrivedAt()),
                    String.format(java.util.Locale.ROOT, "%.1f", f.dwellDays()), links.file(f.fileId()))));
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return new MailContent.Attachment(fileName, "text/csv; charset=UTF-8", out.toByteArray());
    }
}
