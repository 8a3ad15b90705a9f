package in.eofficemonitor.dashboard.health.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class HealthViewTest extends DashboardTestBase {

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void deadLettersByReasonWithTheirRawLines() {
        HealthView view = navigate(HealthView.class);

        assertThat(view.reasons.getListDataView().getItems())
                .containsExactlyInAnyOrder(new DeadLetterCount("BAD_JSON", 2), new DeadLetterCount("UNKNOWN_DESK", 1));
        assertThat(view.samples.getListDataView().getItems().map(DeadLetterSample::rawLine)).contains("{not json");
    }
}
