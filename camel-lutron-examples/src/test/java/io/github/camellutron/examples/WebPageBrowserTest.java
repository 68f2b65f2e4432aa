package io.github.camellutron.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The demo's web page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) against the demo
 * house on the LIP simulator: what the bridge reports shows up, and a slider sets a level.
 */
class WebPageBrowserTest extends SimulatedHouseTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebPageBrowserTest.class);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "web-page.png");
    /** The zones of the demo house, each a slider of the page. */
    private static final int DEMO_ZONES = 13;

    @TempDir
    static Path profile;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    private final int httpPort = AvailablePortFinder.getNextAvailable();

    @BeforeAll
    static void startBrowser() {
        String install = " .ci/run installs chromium and chromium-driver (apt-get install chromium chromium-driver).";
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
        if (!missing.isEmpty()) {
            fail("This test needs headless Chromium, and " + missing + " cannot be run." + install);
        }
        // both paths are given, so Selenium Manager never looks for (or downloads) a browser or a driver
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            fail("Headless Chromium did not start (" + CHROMIUM + " with " + CHROMEDRIVER + "): " + e.getMessage()
                 + install, e);
        }
        browser.manage().window().setSize(new Dimension(1280, 740));
        wait = new WebDriverWait(browser, Duration.ofSeconds(5));
        LOG.info("Testing the page in {}", browser.getCapabilities().getBrowserVersion());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new HttpApiRoutes(List.of(bridgeEndpoint()), "127.0.0.1", httpPort);
    }

    @Test
    void showsTheRoomsAndTheirLevels() throws IOException {
        open();
        bridge.setLevelFromWall(10, 80);
        bridge.setLevelFromWall(13, 65);
        bridge.setLevelFromWall(18, 35);
        bridge.setOccupancy(2, true);

        List<WebElement> rooms = browser.findElements(By.cssSelector("section[data-room]"));
        assertThat(rooms).extracting(room -> room.findElement(By.cssSelector("h2 .name")).getText())
                .containsExactly("Bedroom", "Hallway", "Kitchen", "Living Room", "Office");
        assertThat(browser.findElements(By.cssSelector("[data-zone] input[type=range]"))).hasSize(DEMO_ZONES);
        assertThat(browser.findElement(By.cssSelector("label[for='slider-lip-13']")).getText())
                .isEqualTo("Living Room Lamps");
        wait.until(ExpectedConditions.textToBe(level(10), "80%"));
        wait.until(ExpectedConditions.textToBe(level(13), "65%"));
        wait.until(ExpectedConditions.textToBe(level(15), "100%"));
        wait.until(ExpectedConditions.textToBe(level(19), "25%"));
        assertThat(slider(13).getAttribute("value")).isEqualTo("65");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("section[data-room='lip/Kitchen'] .occupancy"), "occupied"));

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aLevelChangedAtTheWallAppears() {
        open();
        wait.until(ExpectedConditions.textToBe(level(13), "0%"));

        bridge.setLevelFromWall(13, 40);

        wait.until(ExpectedConditions.textToBe(level(13), "40%"));
        assertThat(slider(13).getAttribute("value")).isEqualTo("40");
    }

    @Test
    void movingASliderSetsTheLevel() {
        open();
        wait.until(ExpectedConditions.textToBe(level(16), "0%"));
        WebElement slider = slider(16);
        int width = slider.getRect().getWidth();

        // grab the thumb at the left end (level 0) and drag it three quarters of the way
        new Actions(browser).moveToElement(slider, -width / 2 + 2, 0).clickAndHold()
                .moveByOffset(width * 3 / 4, 0).release().perform();

        double chosen = Double.parseDouble(slider.getAttribute("value"));
        assertThat(chosen).isBetween(60.0, 90.0);
        await().atMost(5, TimeUnit.SECONDS).until(() -> bridge.level(16) == chosen);
        wait.until(ExpectedConditions.textToBe(level(16), Math.round(chosen) + "%"));
    }

    /** Loads the page and waits until it shows the house with the bridge connected. */
    private void open() {
        browser.get("http://127.0.0.1:" + httpPort + "/");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-zone]"), DEMO_ZONES));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Live"));
    }

    private static By level(int zone) {
        return By.cssSelector("[data-zone='lip/" + zone + "'] .level");
    }

    private static WebElement slider(int zone) {
        return browser.findElement(By.cssSelector("[data-zone='lip/" + zone + "'] input[type=range]"));
    }
}
