package in.eofficemonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import in.eofficemonitor.warehouse.Warehouse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one end-to-end test through a real browser (Debian's headless Chromium): log in as the Chief
 * Secretary, see the state overview, switch to Hindi, open a file's trail. Screenshots go to
 * target/screenshots/ (the README's picture is the overview one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestSupport.properties(registry);
    }

    @LocalServerPort int port;
    @Autowired Warehouse warehouse;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (./eoffice-monitor test installs them)");
        DashboardFixtures.load(warehouse);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void chiefSecretaryLogsInSeesTheStateSwitchesToHindiAndOpensAFileTrail() throws Exception {
        String base = "http://localhost:" + port + "/";
        browser.get(base);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys("cs");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("cs-demo", Keys.ENTER);

        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rollout")));
        } catch (org.openqa.selenium.TimeoutException e) {
            shot("failure.png");
            throw new AssertionError("no overview after login; the page says: " + browser.findElement(By.tagName("body")).getText()
                    + " at " + browser.getCurrentUrl(), e);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Secretariat departments"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Rollout of e-Office by office category");
        Thread.sleep(500); // let the chart and grids paint before the picture
        Path overview = shot("overview.png");

        browser.findElement(By.id("language-switch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "कार्यालय श्रेणी अनुसार ई-ऑफिस का विस्तार"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rollout")));
        Thread.sleep(500);
        shot("overview-hi.png");

        browser.get(base + "trail?file=" + URLEncoder.encode(DashboardFixtures.KANNAUJ_RECEIPT, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trail-status"), DashboardFixtures.KANNAUJ_RECEIPT));
        assertThat(browser.findElement(By.id("trail-status")).getText()).contains("KNJ-COLL-OS-01");
        assertThat(browser.findElement(By.id("stays")).getText()).contains("KNJ-COLL-AG3-01");
        shot("trail-hi.png");
        assertThat(Files.size(overview)).isGreaterThan(10_000);
    }

    private Path shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name);
        Path taken = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
