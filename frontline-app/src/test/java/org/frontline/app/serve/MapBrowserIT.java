package org.frontline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map in a real headless Chromium (Debian's chromium and chromedriver, which .ci/run installs), over a real
 * server holding the bundled samples and one hostile report posted through the API. Screenshots are kept under
 * target/screenshots as test artifacts.
 */
class MapBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String TOKEN = "it-token";
    /** Each payload would set window.__pwned (or raise an alert) if the page ever parsed report text as HTML. */
    static final String HOSTILE_TEXT = "On 9 May 2020, Turkish forces shelled the town of Ain Issa, north of Raqqa, "
            + "killing 3 civilians, according to SOHR. <script>window.__pwned = 'script'; alert('script')</script> "
            + "<img src=x onerror=\"window.__pwned = 'img'; alert('img')\"> "
            + "<a href=\"javascript:window.__pwned = 'link'\">read more</a>";

    @TempDir
    static Path dir;

    static TestServer server;
    static ChromeDriver browser;
    static long hostileEvent;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI needs Debian's chromium and chromium-driver (.ci/run installs them)");
        }
        assumeTrue(installed, "no /usr/bin/chromium or /usr/bin/chromedriver: apt-get install chromium "
                + "chromium-driver (as .ci/run does) to run the browser test");
        server = TestServer.withSamples(dir, TOKEN);
        String hostile = new ObjectMapper().writeValueAsString(Map.of("id", "<script>window.__pwned='id'</script>",
                "published", "2020-05-09", "language", "en", "source", "<img src=x onerror=window.__pwned='source'>",
                "text", HOSTILE_TEXT));
        TestServer.Reply posted = server.post("/api/ingest", hostile, "Bearer " + TOKEN);
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(200);
        String article = posted.json().at("/articles/0/id").asText();
        hostileEvent = server.get("/api/events?article=" + article.replace(":", "%3A")).json()
                .at("/items/0/id").asLong();
        assertThat(hostileEvent).isPositive();
        browser = chromium();
    }

    /** Chromium with the driver named explicitly, so Selenium Manager never tries to download one. */
    static ChromeDriver chromium() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void openMap() {
        browser.get(server.url("/"));
        waiting().until(d -> Boolean.TRUE.equals(js("return !!(window.frontline && window.frontline.ready)")));
    }

    /** What the page's CSP blocked since it loaded (recorded by dom.js, the first script). */
    private static Object cspViolations() {
        return js("return window.frontlineDom.cspViolations.slice()");
    }

    private static long shown() {
        return ((Number) js("return window.frontline.shown")).longValue();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void showsColouredClusteredMarkersAndTheTimeSliderFiltersThem() throws Exception {
        openMap();
        long all = server.get("/api/events").json().get("total").asLong();
        assertThat(shown()).isPositive().isLessThanOrEqualTo(all);
        assertThat(browser.findElements(By.cssSelector(".ev, .cluster"))).isNotEmpty();
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo(all + " events"
                + (shown() < all ? " (" + shown() + " on the map)" : ""));
        assertThat(browser.findElements(By.cssSelector(".legend div"))).hasSize(6);
        assertThat(js("return document.querySelectorAll('path.country').length")).isEqualTo(238L);
        assertThat((List<?>) cspViolations()).isEmpty();
        screenshot("map.png");

        long before = shown();
        WebElement until = browser.findElement(By.id("t-until"));
        until.sendKeys(Keys.HOME);
        waiting().until(d -> shown() < before);
        assertThat(shown()).as("only the January 2018 events overlap the first day").isPositive();
        assertThat(browser.findElement(By.id("t-label")).getText()).isEqualTo("2018-01-01 → 2018-01-01");
        screenshot("map-2018-01.png");
        until.sendKeys(Keys.END);
        waiting().until(d -> shown() == before);
    }

    @Test
    void clickingAMarkerShowsTheReportWithTheEvidenceHighlighted() throws Exception {
        openMap();
        List<WebElement> markers = browser.findElements(By.cssSelector(".ev"));
        for (int i = 0; markers.isEmpty() && i < 6; i++) {
            browser.findElements(By.cssSelector(".cluster")).get(0).click();
            Thread.sleep(700); // the cluster's zoom or spiderfy animation
            markers = browser.findElements(By.cssSelector(".ev"));
        }
        assertThat(markers).as("a marker once clusters are opened").isNotEmpty();
        markers.get(0).click();
        WebElement panel = browser.findElement(By.id("evidence"));
        waiting().until(d -> panel.isDisplayed() && !panel.findElements(By.tagName("h2")).isEmpty());
        assertThat(panel.findElements(By.cssSelector(".article-body mark.hl"))).isNotEmpty();
        assertThat(panel.findElements(By.cssSelector(".article-body .sentence"))).isNotEmpty();
        assertThat(panel.findElements(By.cssSelector("li.chain"))).isNotEmpty();
        String id = markers.get(0).getAttribute("data-event-id");
        String body = server.get("/api/events/" + id).json().at("/article/body").asText();
        assertThat(panel.findElement(By.cssSelector(".article-body")).getAttribute("textContent")).isEqualTo(body);
        assertThat((List<?>) cspViolations()).isEmpty();
        screenshot("evidence.png");
    }

    @Test
    void aHostileReportIsShownLiterallyAndRunsNothing() throws Exception {
        openMap();
        js("window.frontlineEvidence.show(arguments[0])", hostileEvent);
        WebElement panel = browser.findElement(By.id("evidence"));
        waiting().until(d -> panel.isDisplayed() && panel.getText().contains("Ain Issa"));
        Thread.sleep(500); // give an injected image time to fail and fire onerror, if there were one
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        String text = panel.findElement(By.cssSelector(".article-body")).getAttribute("textContent");
        assertThat(text).isEqualTo(HOSTILE_TEXT);
        assertThat(panel.getText()).contains("<img src=x onerror=window.__pwned='source'>",
                "<script>window.__pwned='id'</script>");
        assertThat(panel.findElements(By.cssSelector("script, img, a, iframe, [onerror]"))).isEmpty();
        assertThat(js("return document.querySelectorAll('img[src=\"x\"], a[href^=\"javascript:\"]').length"))
                .isEqualTo(0L);
        assertThat((List<?>) cspViolations()).as("nothing injected for the CSP to block").isEmpty();
        screenshot("hostile-report.png");
    }

    @Test
    void theControlLayerColoursKhanasirByItsControllerAndOpensTheReportsSideBySide() throws Exception {
        openMap();
        waiting().until(d -> Boolean.TRUE.equals(js("return window.frontlineControl.ready")));
        assertThat(((Number) js("return window.frontlineControl.shown")).longValue()).isPositive();
        WebElement khanasir = browser.findElement(By.cssSelector("path.control[data-place-id='geonames:168351']"));
        assertThat(khanasir.getAttribute("class")).contains("camp-government");
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", khanasir);
        WebElement panel = browser.findElement(By.id("evidence"));
        waiting().until(d -> panel.isDisplayed() && !panel.findElements(By.cssSelector(".report-card")).isEmpty());
        assertThat(panel.findElement(By.tagName("h2")).getText()).startsWith("Khanasir on ");
        assertThat(panel.findElement(By.cssSelector(".report-card")).getText()).contains("Hezbollah War Media");
        assertThat((List<?>) cspViolations()).isEmpty();
        screenshot("control.png");
        browser.findElement(By.id("c-contested")).click();
        waiting().until(d -> ((Number) js("return window.frontlineControl.shown")).longValue() == 0);
    }
}
