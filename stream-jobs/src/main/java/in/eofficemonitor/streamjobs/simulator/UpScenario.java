package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The scenario "up": Uttar Pradesh as the source articles describe it (docs/simulator.md). The registry is the
 * same for every simulation seed; only the events depend on the seed.
 *
 * <ul>
 *   <li>93 Secretariat departments, all LIVE;
 *   <li>150 heads-of-department offices, 46 LIVE, 104 at earlier stages;
 *   <li>90 police offices and units (DGP headquarters, 6 specialised units, 8 zones, 7 Police Commissionerates and
 *       68 district police offices): 35 LIVE, 18 IN_PROGRESS, 37 at earlier stages;
 *   <li>18 divisions (the Divisional Commissioners' offices), none LIVE;
 *   <li>75 districts, each with a Collectorate and three other district offices; Kannauj's all LIVE, the others
 *       at the stages the article describes (e-mail ids, training, go-live).
 * </ul>
 *
 * As of the reference date the history reproduces 21,229 e-files in the live HOD offices and 8,181 in the police
 * units exactly (events), and 86.54 lakh in the Secretariat (events plus opening balances).
 */
public final class UpScenario {

    public static final String NAME = "up";
    /** The "as of" date of the article's figures in the scenario: the last day of a default history. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 20);

    public static final int SECRETARIAT_DEPARTMENTS = 93;
    public static final int HOD_OFFICES = 150;
    public static final int HOD_OFFICES_LIVE = 46;
    public static final int POLICE_UNITS = 90;
    public static final int POLICE_UNITS_LIVE = 35;
    public static final int POLICE_UNITS_IN_PROGRESS = 18;
    public static final int DIVISIONS = 18;
    public static final int DISTRICTS = 75;
    public static final int HOD_FILES_CREATED = 21_229;
    public static final int POLICE_FILES_CREATED = 8_181;
    /** "86.54" in the article, read as lakh: 86,54,000 e-files issued by the Secretariat. */
    public static final long SECRETARIAT_FILES_CREATED = 8_654_000L;

    /** The district that is fully on e-Office in the article. */
    public static final String KANNAUJ = "KNJ";

    private static final String BASE = "/scenario/up/";
    /** Fixed seed of the registry's own choices (which offices are live, holder names), independent of runs. */
    private static final long REGISTRY_SEED = 20_18L;

    private record Template(int level, String code, String designation, String designationHi, int fixed, double perBranch) {}

    private final Map<String, List<Template>> templates = new HashMap<>();
    private final List<Office> offices = new ArrayList<>();
    private final List<Desk> desks = new ArrayList<>();
    private final List<int[][]> levels = new ArrayList<>();
    private final List<String> templateOf = new ArrayList<>();
    private final List<Integer> branchesOf = new ArrayList<>();
    private final List<String> fileCodeOf = new ArrayList<>();
    private final List<String> scopeOf = new ArrayList<>();
    private final List<List<String>> escalationOf = new ArrayList<>();
    private final List<Integer> deskOffice = new ArrayList<>();
    private final List<Integer> deskLevel = new ArrayList<>();
    private final Map<String, Integer> officeIndex = new LinkedHashMap<>();
    private final Random random = new Random(REGISTRY_SEED);
    private final List<String> givenNames = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();

    private UpScenario() {}

    /** Builds the scenario; cheap enough (a few milliseconds) to call per run. */
    public static Scenario build() {
        return new UpScenario().assemble();
    }

    private Scenario assemble() {
        for (Map<String, String> r : ScenarioResources.read(BASE + "designations.csv")) {
            templates.computeIfAbsent(r.get("template"), k -> new ArrayList<>()).add(new Template(
                    Integer.parseInt(r.get("level")), r.get("code"), r.get("designation"), r.get("designation_hi"),
                    Integer.parseInt(r.get("fixed")), Double.parseDouble(r.get("per_branch"))));
        }
        for (Map<String, String> r : ScenarioResources.read(BASE + "holder-names.csv")) {
            (r.get("kind").equals("given") ? givenNames : surnames).add(r.get("value"));
        }
        Map<String, Map<String, String>> divisions = byCode(ScenarioResources.read(BASE + "divisions.csv"));
        Map<String, Map<String, String>> districts = byCode(ScenarioResources.read(BASE + "districts.csv"));

        addSecretariat();
        addHodOffices();
        addPolice(districts, divisions);
        addDivisions(divisions);
        addDistrictOffices(districts, divisions);

        List<OfficeModel> models = new ArrayList<>();
        for (int i = 0; i < offices.size(); i++) {
            List<String> esc = escalationOf.get(i);
            int[] escIdx = esc.stream().filter(officeIndex::containsKey).mapToInt(officeIndex::get).toArray();
            int dealing = templateOf.get(i).equals("SECRETARIAT") ? 0 : 1;
            models.add(new OfficeModel(i, offices.get(i), templateOf.get(i), dealing, branchesOf.get(i), levels.get(i),
                    escIdx, fileCodeOf.get(i), scopeOf.get(i)));
        }
        Map<OfficeCategory, Integer> quotas = new EnumMap<>(OfficeCategory.class);
        quotas.put(OfficeCategory.HOD_OFFICE, HOD_FILES_CREATED);
        quotas.put(OfficeCategory.POLICE_UNIT, POLICE_FILES_CREATED);
        Map<OfficeCategory, Long> targets = new EnumMap<>(OfficeCategory.class);
        targets.put(OfficeCategory.SECRETARIAT_DEPARTMENT, SECRETARIAT_FILES_CREATED);
        return new Scenario(NAME, REFERENCE_DATE, List.copyOf(offices), List.copyOf(desks), List.copyOf(models),
                deskOffice.stream().mapToInt(Integer::intValue).toArray(),
                deskLevel.stream().mapToInt(Integer::intValue).toArray(), quotas, targets);
    }

    private static Map<String, Map<String, String>> byCode(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.get("code"), r));
        return m;
    }

    private void addSecretariat() {
        List<Map<String, String>> rows = ScenarioResources.read(BASE + "departments.csv");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            // Departments went live between 2018 (the Chief Minister's order) and 2020.
            LocalDate since = LocalDate.of(2018, 4, 2).plusDays(i * 9L);
            addOffice(new Office("SEC-" + r.get("code"), r.get("name") + " Department", r.get("name_hi") + " विभाग",
                            OfficeCategory.SECRETARIAT_DEPARTMENT, "", "", "", RolloutStage.LIVE, since),
                    "SECRETARIAT", Integer.parseInt(r.get("sections")), r.get("code"), "SECRETARIAT", List.of());
        }
    }

    private void addHodOffices() {
        List<Map<String, String>> rows = ScenarioResources.read(BASE + "hod-offices.csv");
        List<Integer> order = shuffled(rows.size());
        RolloutStage[] earlier = {RolloutStage.IN_PROGRESS, RolloutStage.TRAINED, RolloutStage.EMAIL_IDS_CREATED,
                RolloutStage.NOT_STARTED};
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            int rank = order.indexOf(i);
            RolloutStage stage = rank < HOD_OFFICES_LIVE ? RolloutStage.LIVE : earlier[rank % earlier.length];
            addOffice(new Office("HOD-" + r.get("code"), r.get("name"), r.get("name_hi"), OfficeCategory.HOD_OFFICE, "",
                            "", "SEC-" + r.get("department"), stage, stageSince(stage, rank)),
                    "HOD", Integer.parseInt(r.get("branches")), r.get("code"), "HOD", List.of("SEC-" + r.get("department")));
        }
    }

    private void addPolice(Map<String, Map<String, String>> districts, Map<String, Map<String, String>> divisions) {
        List<String> commissionerateDistricts = new ArrayList<>();
        for (Map<String, String> r : ScenarioResources.read(BASE + "police-units.csv")) {
            String code = r.get("code");
            String district = r.get("district");
            if (!district.isEmpty()) {
                commissionerateDistricts.add(district);
            }
            Map<String, String> d = districts.get(district);
            String parent = code.equals("DGPHQ") ? "SEC-HOME" : "POL-DGPHQ";
            String template = r.get("template");
            int branches = switch (template) {
                case "POLICE_DGP" -> 8;
                case "POLICE_ZONE" -> 2;
                default -> 4;
            };
            List<String> esc = code.equals("DGPHQ") || template.equals("POLICE_CP") ? List.of("SEC-HOME") : List.of("POL-DGPHQ");
            addOffice(new Office("POL-" + code, r.get("name"), r.get("name_hi"), OfficeCategory.POLICE_UNIT,
                            d == null ? "" : d.get("name"), d == null ? "" : divisions.get(d.get("division")).get("name"),
                            parent, RolloutStage.LIVE, LocalDate.of(2020, 1, 6).plusDays(offices.size() % 90 * 7L)),
                    template, branches, "POL", "POLICE", esc);
        }
        // District police offices: Kannauj's is live with the rest of the district; 12 more are live, 18 in progress.
        List<String> districtCodes = new ArrayList<>(districts.keySet());
        districtCodes.removeAll(commissionerateDistricts);
        districtCodes.remove(KANNAUJ);
        Collections.shuffle(districtCodes, random);
        districtCodes.addFirst(KANNAUJ);
        int stateLevelUnits = (int) offices.stream().filter(o -> o.category() == OfficeCategory.POLICE_UNIT).count();
        int liveDistricts = POLICE_UNITS_LIVE - stateLevelUnits;
        RolloutStage[] earlier = {RolloutStage.TRAINED, RolloutStage.EMAIL_IDS_CREATED, RolloutStage.NOT_STARTED};
        for (int rank = 0; rank < districtCodes.size(); rank++) {
            Map<String, String> d = districts.get(districtCodes.get(rank));
            Map<String, String> div = divisions.get(d.get("division"));
            RolloutStage stage = rank < liveDistricts
                    ? RolloutStage.LIVE
                    : rank < liveDistricts + POLICE_UNITS_IN_PROGRESS ? RolloutStage.IN_PROGRESS : earlier[rank % 3];
            String zone = "POL-ZONE-" + div.get("police_zone");
            addOffice(new Office("POL-" + d.get("code"), "Office of the Superintendent of Police, " + d.get("name"),
                            "पुलिस अधीक्षक कार्यालय, " + d.get("name_hi"), OfficeCategory.POLICE_UNIT, d.get("name"),
                            div.get("name"), zone, stage, stageSince(stage, rank)),
                    "POLICE_DISTRICT", 3, "POL", "POLICE", List.of(zone));
        }
    }

    private void addDivisions(Map<String, Map<String, String>> divisions) {
        RolloutStage[] stages = {RolloutStage.IN_PROGRESS, RolloutStage.TRAINED, RolloutStage.EMAIL_IDS_CREATED,
                RolloutStage.NOT_STARTED};
        int i = 0;
        for (Map<String, String> r : divisions.values()) {
            RolloutStage stage = stages[i % stages.length];
            addOffice(new Office("DIV-" + r.get("code"), "Office of the Divisional Commissioner, " + r.get("name"),
                            "मंडलायुक्त कार्यालय, " + r.get("name_hi"), OfficeCategory.DIVISION_OFFICE, "", r.get("name"),
                            "SEC-REV", stage, stageSince(stage, i)),
                    "DIVISION", 3, "DIV", "DISTRICT", List.of("SEC-REV"));
            i++;
        }
    }

    private void addDistrictOffices(Map<String, Map<String, String>> districts, Map<String, Map<String, String>> divisions) {
        List<Map<String, String>> kinds = ScenarioResources.read(BASE + "district-offices.csv");
        List<String> order = new ArrayList<>(districts.keySet());
        order.remove(KANNAUJ);
        Collections.shuffle(order, random);
        // Collectorates outside Kannauj: 10 in progress, 20 trained, 30 with e-mail ids, 14 not started.
        Map<String, RolloutStage> collectorateStage = new HashMap<>();
        for (int rank = 0; rank < order.size(); rank++) {
            collectorateStage.put(order.get(rank), rank < 10 ? RolloutStage.IN_PROGRESS
                    : rank < 30 ? RolloutStage.TRAINED
                    : rank < 60 ? RolloutStage.EMAIL_IDS_CREATED : RolloutStage.NOT_STARTED);
        }
        collectorateStage.put(KANNAUJ, RolloutStage.LIVE);
        for (Map<String, String> d : districts.values()) {
            String code = d.get("code");
            Map<String, String> div = divisions.get(d.get("division"));
            for (Map<String, String> k : kinds) {
                boolean collectorate = k.get("code").equals("COLL");
                RolloutStage stage;
                if (code.equals(KANNAUJ)) {
                    stage = RolloutStage.LIVE;
                } else if (collectorate) {
                    stage = collectorateStage.get(code);
                } else {
                    // The other district offices follow their Collectorate one stage behind.
                    RolloutStage c = collectorateStage.get(code);
                    stage = c.ordinal() > 0 ? RolloutStage.values()[c.ordinal() - 1] : RolloutStage.NOT_STARTED;
                }
                String parent = k.get("parent").equals("DIVISION") ? "DIV-" + div.get("code") : "HOD-" + k.get("parent");
                List<String> esc = new ArrayList<>();
                for (String dept : k.get("escalates_to").split(" ")) {
                    esc.add("SEC-" + dept);
                }
                LocalDate since = code.equals(KANNAUJ) ? LocalDate.of(2022, 5, 2) : stageSince(stage, offices.size());
                addOffice(new Office(code + "-" + k.get("code"), k.get("name") + ", " + d.get("name"),
                                k.get("name_hi") + ", " + d.get("name_hi"), OfficeCategory.DISTRICT_OFFICE, d.get("name"),
                                div.get("name"), parent, stage, since),
                        k.get("template"), collectorate ? 6 : 2, code, "DISTRICT", esc);
            }
        }
    }

    private LocalDate stageSince(RolloutStage stage, int rank) {
        // Live offices went live in 2020–2022; the others reached their stage in the year before the reference date.
        return stage == RolloutStage.LIVE
                ? LocalDate.of(2020, 7, 1).plusDays(rank * 11L % 900)
                : REFERENCE_DATE.minusDays(30 + rank * 37L % 330);
    }

    private List<Integer> shuffled(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order;
    }

    private void addOffice(Office office, String template, int branches, String fileCode, String scope, List<String> esc) {
        int index = offices.size();
        if (officeIndex.put(office.officeId(), index) != null) {
            throw new IllegalStateException("office id " + office.officeId() + " twice in the scenario");
        }
        offices.add(office);
        templateOf.add(template);
        branchesOf.add(branches);
        fileCodeOf.add(fileCode);
        scopeOf.add(scope);
        escalationOf.add(esc);
        List<Template> rows = templates.get(template);
        if (rows == null) {
            throw new IllegalStateException("no desk template " + template);
        }
        int top = rows.stream().mapToInt(Template::level).max().orElseThrow();
        List<List<Integer>> byLevel = new ArrayList<>();
        for (int l = 0; l <= top; l++) {
            byLevel.add(new ArrayList<>());
        }
        for (Template t : rows) {
            int n = t.fixed() + (int) Math.round(t.perBranch() * branches);
            if (t.level() >= 0) {
                n = Math.max(n, 1);
            }
            for (int k = 1; k <= n; k++) {
                String deskId = office.officeId() + "-" + t.code() + "-" + (k < 10 ? "0" + k : String.valueOf(k));
                desks.add(new Desk(deskId, office.officeId(), t.designation(), t.designationHi(), holderName()));
                deskOffice.add(index);
                deskLevel.add(t.level());
                if (t.level() >= 0) {
                    byLevel.get(t.level()).add(desks.size() - 1);
                }
            }
        }
        int[][] arr = new int[byLevel.size()][];
        for (int l = 0; l < arr.length; l++) {
            arr[l] = byLevel.get(l).stream().mapToInt(Integer::intValue).toArray();
        }
        levels.add(arr);
    }

    private String holderName() {
        // About one desk in 25 is vacant.
        if (random.nextInt(25) == 0) {
            return "";
        }
        return givenNames.get(random.nextInt(givenNames.size())) + " " + surnames.get(random.nextInt(surnames.size()));
    }
}
