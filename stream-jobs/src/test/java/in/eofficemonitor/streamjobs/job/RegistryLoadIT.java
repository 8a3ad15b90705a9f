package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
import in.eofficemonitor.streamjobs.testdata.GeneratedMovements;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry loads whole or not at all ({@code import --offices --desks}): an offices.csv with an unclosed quote
 * stops the import with the file, line and column of the problem and leaves the registry loaded before as it was;
 * an offices.csv that no longer lists an office the events refer to says so.
 */
class RegistryLoadIT {

    @TempDir
    Path tmp;

    @Test
    void aMalformedOfficesFileChangesNothingAndNamesWhereItBreaks() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(3, 30);
        Path events = data.write(tmp);
        Path offices = tmp.resolve("offices.csv");
        Path desks = tmp.resolve("desks.csv");
        try (Writer w = Files.newBufferedWriter(offices, StandardCharsets.UTF_8)) {
            OfficeRegistryCsv.write(w, data.offices);
        }
        try (Writer w = Files.newBufferedWriter(desks, StandardCharsets.UTF_8)) {
            DeskCsv.write(w, data.desks);
        }
        String url = JobsTestWarehouse.database("registry_whole");
        Run first = importWith(url, offices, desks, events);
        assertThat(first.status).as(first.err).isZero();
        Map<String, String> before = officeNames(url);
        assertThat(before).hasSize(3);

        // Line 2 renamed (must not be applied), line 3 opens a quote that never closes: the rest is swallowed.
        List<String> lines = new ArrayList<>(Files.readAllLines(offices, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replaceFirst(",[^,]*,", ",Renamed office,"));
        lines.set(2, lines.get(2).replaceFirst(",", ",\"Unclosed "));
        Path broken = tmp.resolve("broken-offices.csv");
        Files.write(broken, lines, StandardCharsets.UTF_8);
        Run second = importWith(url, broken, desks, events);

        assertThat(second.status).as(second.err).isEqualTo(2);
        assertThat(second.err).contains("broken-offices.csv line 3 column " + (lines.get(2).indexOf('"') + 1));
        assertThat(officeNames(url)).as("the registry loaded before stays in force").isEqualTo(before);
    }

    @Test
    void aRegistryThatDropsAnOfficeTheEventsReferToSaysSo() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(3, 30);
        Path events = data.write(tmp);
        Path offices = tmp.resolve("offices.csv");
        Path desks = tmp.resolve("desks.csv");
        try (Writer w = Files.newBufferedWriter(offices, StandardCharsets.UTF_8)) {
            OfficeRegistryCsv.write(w, data.offices);
        }
        try (Writer w = Files.newBufferedWriter(desks, StandardCharsets.UTF_8)) {
            DeskCsv.write(w, data.desks);
        }
        String url = JobsTestWarehouse.database("registry_dropped");
        assertThat(importWith(url, offices, desks, events).status).isZero();

        Path fewer = tmp.resolve("fewer-offices.csv");
        try (Writer w = Files.newBufferedWriter(fewer, StandardCharsets.UTF_8)) {
            OfficeRegistryCsv.write(w, data.offices.stream().filter(o -> !o.officeId().equals("PU-LKO")).toList());
        }
        Run second = importWith(url, fewer, desks, events);

        assertThat(second.status).as(second.err).isZero();
        assertThat(second.err).contains("fewer-offices.csv", "PU-LKO");
    }

    private record Run(int status, String err) {}

    private static Run importWith(String url, Path offices, Path desks, Path events) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = ImportCommand.run(ImportCommand.Args.parse(new String[] {"--warehouse", url, "--offices",
                offices.toString(), "--desks", desks.toString(), "--events", events.toString(), "--parallelism", "1"}),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
        String text = errors.toString(StandardCharsets.UTF_8);
        System.err.print(text);
        return new Run(status, text);
    }

    private static Map<String, String> officeNames(String url) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = JobsTestWarehouse.connect(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT office_id, name FROM offices FINAL")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
