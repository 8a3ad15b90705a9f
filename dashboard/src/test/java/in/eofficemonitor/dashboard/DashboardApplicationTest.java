package in.eofficemonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardApplicationTest {

    @Test
    void launcherOptionsBecomeSpringProperties() {
        assertThat(DashboardApplication.springArguments(new String[] {"--warehouse", "http://ch:8123/eoffice",
                "--calendar-days", "--port", "9090", "--server.address=127.0.0.1"}))
                .containsExactly("--eoffice.warehouse-url=http://ch:8123/eoffice", "--eoffice.calendar-days=true",
                        "--server.port=9090", "--server.address=127.0.0.1");
    }
}
