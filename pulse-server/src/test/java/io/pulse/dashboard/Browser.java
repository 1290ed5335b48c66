package io.pulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driving the dashboard
 * of a test server: sign-in, waiting for charts, console errors and screenshots.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Where screenshots go: target/screenshots, so that test runs leave the checkout clean; the
   * README's pictures are refreshed with {@code -Dpulse.screenshots.dir=../docs/screenshots}.
   */
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("pulse.screenshots.dir", "target/screenshots"));

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final int WIDTH = 1440;

  final ChromeDriver driver;
  private final String base;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /** Starts Chromium; fails (never skips) with how to install it when it is missing. */
  static Browser start(String base) {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as(
            "the dashboard tests need headless Chromium at %s and its driver at %s: install the"
                + " Debian packages with 'apt-get install -y chromium chromium-driver' (.ci/run"
                + " does this when they are missing)",
            CHROMIUM, CHROMEDRIVER)
        .isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--lang=en-US",
        "--window-size=" + WIDTH + ",1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    return new Browser(driver, base);
  }

  /** Signs in through the login form. */
  void signIn(String user, String password) {
    driver.get(base + "/login");
    driver.findElement(By.name("username")).sendKeys(user);
    driver.findElement(By.name("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
    waitFor().until(ExpectedConditions.urlContains("/dashboard/"));
    consoleErrors(); // the login page is Spring Security's; only dashboard pages are checked
  }

  /** Opens a page (path under the server) and waits until its module ran. */
  void open(String path) {
    driver.get(base + path);
    waitFor().until(d -> !d.findElements(By.cssSelector("#topbar nav a")).isEmpty());
  }

  /** Waits until the named chart (data-chart) is drawn and returns its number of data points. */
  int chartPoints(String name) {
    By chart = By.cssSelector("[data-chart='" + name + "']");
    waitFor()
        .until(d -> {
          List<WebElement> found = d.findElements(chart);
          return !found.isEmpty()
              && found.getFirst().getAttribute("data-points") != null
              && !found.getFirst().findElements(By.tagName("canvas")).isEmpty();
        });
    return Integer.parseInt(driver.findElement(chart).getAttribute("data-points"));
  }

  /** Waits until at least one element matches. */
  List<WebElement> await(By selector) {
    waitFor().until(d -> !d.findElements(selector).isEmpty());
    return driver.findElements(selector);
  }

  WebDriverWait waitFor() {
    return new WebDriverWait(driver, PATIENCE);
  }

  /** Browser console entries of level SEVERE since the last call (errors, failed requests). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves the whole page as {name}.png in {@link #SCREENSHOTS}. */
  void screenshot(String name) {
    Object height =
        ((JavascriptExecutor) driver)
            .executeScript(
                "window.scrollTo(0, 0);"
                    + " document.querySelectorAll('.toast').forEach((t) => t.remove());"
                    + " return Math.ceil(document.documentElement.scrollHeight)");
    driver
        .manage()
        .window()
        .setSize(new Dimension(WIDTH, Math.min(4000, ((Number) height).intValue())));
    // Charts follow the window size; let ECharts redraw before the picture is taken.
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));");
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(new Dimension(WIDTH, 1000));
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
