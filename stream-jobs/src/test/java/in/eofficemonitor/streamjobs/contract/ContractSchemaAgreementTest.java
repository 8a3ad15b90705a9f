package in.eofficemonitor.streamjobs.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import in.eofficemonitor.streamjobs.simulator.EventLines;
import in.eofficemonitor.streamjobs.simulator.NoiseOptions;
import in.eofficemonitor.streamjobs.simulator.SimulationOptions;
import in.eofficemonitor.streamjobs.simulator.UpScenario;
import in.eofficemonitor.streamjobs.simulator.WorldSimulator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in docs/schema and the Java readers accept and reject the same examples, and the examples in
 * docs/input-format.md are among them; so an exporter can validate with any JSON Schema tool and get the
 * product's answer.
 */
class ContractSchemaAgreementTest {

    private static final Path DOCS = findDocs();
    private static final Path EXAMPLES = DOCS.resolve("schema/examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path findDocs() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("docs/schema"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("docs/schema not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("docs");
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = Files.newInputStream(DOCS.resolve("schema").resolve(name))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static boolean valid(JsonSchema schema, String json) {
        try {
            return schema.validate(json, InputFormat.JSON).isEmpty();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    @Test
    void validExampleLinesPassTheSchemaAndTheParser() throws IOException {
        JsonSchema schema = schema("event-line.schema.json");
        List<String> lines = Files.readAllLines(EXAMPLES.resolve("valid-events.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        for (String line : lines) {
            assertThat(EventLineParser.parse(line)).as(line).isInstanceOf(ParseResult.Accepted.class);
            assertThat(valid(schema, line)).as(line).isTrue();
        }
    }

    @Test
    void invalidExampleLinesFailTheSchemaAndTheParserNamesTheDocumentedReason() throws IOException {
        JsonSchema schema = schema("event-line.schema.json");
        List<String> rows = Files.readAllLines(EXAMPLES.resolve("invalid-events.tsv"), StandardCharsets.UTF_8);
        Set<RejectionReason> seen = new java.util.HashSet<>();
        for (String row : rows) {
            String[] parts = row.split("\t", 2);
            RejectionReason expected = RejectionReason.valueOf(parts[0]);
            String line = parts[1];
            ParseResult r = EventLineParser.parse(line);
            assertThat(r).as(line).isInstanceOf(ParseResult.Rejected.class);
            assertThat(((ParseResult.Rejected) r).reason()).as(line).isEqualTo(expected);
            assertThat(valid(schema, line)).as(line).isFalse();
            seen.add(expected);
        }
        assertThat(seen).containsExactlyInAnyOrder(RejectionReason.NOT_JSON, RejectionReason.MISSING_FIELD,
                RejectionReason.UNKNOWN_TYPE, RejectionReason.UNKNOWN_KIND, RejectionReason.UNKNOWN_PRIORITY,
                RejectionReason.BAD_TIMESTAMP);
    }

    @Test
    void everyEventLineInTheInputFormatDocIsAnExample() throws IOException {
        Set<String> examples = new java.util.HashSet<>(
                Files.readAllLines(EXAMPLES.resolve("valid-events.jsonl"), StandardCharsets.UTF_8));
        Files.readAllLines(EXAMPLES.resolve("invalid-events.tsv"), StandardCharsets.UTF_8)
                .forEach(r -> examples.add(r.split("\t", 2)[1]));
        List<String> docLines = Files.readAllLines(DOCS.resolve("input-format.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("{\"event_id\"")).toList();
        assertThat(docLines).isNotEmpty();
        assertThat(examples).containsAll(docLines);
    }

    @Test
    void everyLineTheSimulatorWritesValidatesAgainstTheSchemaAndItsBadLinesFailBothAlike() throws IOException {
        JsonSchema schema = schema("event-line.schema.json");
        LocalDate from = LocalDate.of(2026, 11, 9);
        SimulationOptions twoWeeks = new SimulationOptions(7, from, from.plusDays(13), null, 0.02,
                SimulationOptions.DEFAULT_AFTER_HOURS_SHARE);
        EventLines clean = new EventLines(new WorldSimulator(UpScenario.build(), twoWeeks), NoiseOptions.none(), 7);
        int n = 0;
        for (String line = clean.nextLine(); line != null; line = clean.nextLine(), n++) {
            assertThat(valid(schema, line)).as(line).isTrue();
        }
        assertThat(n).isGreaterThan(2_000);

        // With bad lines mixed in, the schema and the parser agree line by line; lines that are fine as JSON but
        // break a transition rule (e.g. a move from a desk the file is not at) pass both and are left to the job.
        NoiseOptions noisy = new NoiseOptions(0.2, 0.02, 0.02, java.time.Duration.ofMinutes(5));
        EventLines bad = new EventLines(new WorldSimulator(UpScenario.build(), twoWeeks), noisy, 7);
        int rejected = 0;
        for (String line = bad.nextLine(); line != null; line = bad.nextLine()) {
            boolean parsed = EventLineParser.parse(line) instanceof ParseResult.Accepted;
            assertThat(valid(schema, line)).as(line).isEqualTo(parsed);
            rejected += parsed ? 0 : 1;
        }
        assertThat(rejected).isPositive();
    }

    @Test
    void officeRowsAreAcceptedByTheReaderExactlyWhenTheyValidate() throws IOException {
        agree("office-row.schema.json", "offices.csv", r -> OfficeRegistryCsv.read(new StringReader(r), "offices.csv"));
    }

    @Test
    void deskRowsAreAcceptedByTheReaderExactlyWhenTheyValidate() throws IOException {
        agree("desk-row.schema.json", "desks.csv", r -> DeskCsv.read(new StringReader(r), "desks.csv"));
    }

    @Test
    void openingBalanceRowsAreAcceptedByTheReaderExactlyWhenTheyValidate() throws IOException {
        agree("opening-balance-row.schema.json", "opening-balances.csv",
                r -> OpeningBalanceCsv.read(new StringReader(r), "opening-balances.csv"));
    }

    /** Reads the example CSV as {column: text} rows, validates each, and compares with the reader's rejections. */
    private static void agree(String schemaFile, String csvFile, Function<String, CsvLoad<?>> reader) throws IOException {
        JsonSchema schema = schema(schemaFile);
        String csv = Files.readString(EXAMPLES.resolve(csvFile), StandardCharsets.UTF_8);
        CsvLoad<?> load = reader.apply(csv);
        Set<Integer> rejectedLines = load.rejections().stream().map(CsvRejection::lineNumber).collect(Collectors.toSet());
        CsvRecords records = new CsvRecords(new StringReader(csv));
        List<String> header = records.next().fields();
        List<Integer> schemaRejected = new ArrayList<>();
        CsvRecords.CsvRecord rec;
        int rows = 0;
        while ((rec = records.next()) != null) {
            rows++;
            ObjectNode row = JSON.createObjectNode();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), rec.fields().get(i).strip());
            }
            if (!valid(schema, row.toString())) {
                schemaRejected.add(rec.lineNumber());
            }
        }
        assertThat(schemaRejected).as("rows the schema rejects").containsExactlyInAnyOrderElementsOf(rejectedLines);
        assertThat(rejectedLines).isNotEmpty();
        assertThat(load.rows()).hasSize(rows - rejectedLines.size()).isNotEmpty();
    }
}
