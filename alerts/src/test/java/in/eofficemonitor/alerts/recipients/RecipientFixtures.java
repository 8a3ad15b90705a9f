package in.eofficemonitor.alerts.recipients;

import java.util.List;
import java.util.Set;

/** The people of the test state: a Chief Secretary, two Collectors, a head of office. */
public final class RecipientFixtures {

    public static final Recipient CHIEF_SECRETARY =
            new Recipient("cs", "Chief Secretary", "cs@up.example", Scope.STATE, Language.EN, Set.of());
    public static final Recipient DM_KANNAUJ =
            new Recipient("dm-kannauj", "जिलाधिकारी कन्नौज", "dm-kannauj@up.example", Scope.district("Kannauj"), Language.HI, Set.of());
    public static final Recipient DM_AGRA =
            new Recipient("dm-agra", "District Magistrate Agra", "dm-agra@up.example", Scope.district("Agra"), Language.EN, Set.of());
    public static final Recipient HEAD_KNJ_COLL =
            new Recipient("os-knj-coll", "कार्यालय अधीक्षक", "os-knj@up.example", Scope.office("KNJ-COLL"), Language.HI, Set.of());
    public static final Recipient HEAD_NOT_LIVE =
            new Recipient("os-knj-teh", "Tehsildar", "teh-knj@up.example", Scope.office("KNJ-TEH"), Language.EN, Set.of());

    public static final List<Recipient> EVERYONE = List.of(CHIEF_SECRETARY, DM_KANNAUJ, DM_AGRA, HEAD_KNJ_COLL, HEAD_NOT_LIVE);

    private RecipientFixtures() {}
}
