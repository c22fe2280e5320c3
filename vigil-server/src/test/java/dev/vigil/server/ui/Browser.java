package dev.vigil.server.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven by Selenium, offline (Selenium Manager downloads nothing),
 * with a fresh profile; it signs in, fills forms and saves screenshots under target/screenshots.
 */
final class Browser implements AutoCloseable {
  static final int WIDE = 1280;
  static final int NARROW = 390;
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private final ChromeDriver driver;
  private final String baseUrl;

  Browser(String baseUrl, Path profile) {
    this.baseUrl = baseUrl;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens {@code path} on the server. */
  void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Returns the path (and query) of the current page. */
  String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  /** Returns the element matching a CSS selector. */
  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** Returns true if an element matches the selector. */
  boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  /** Types {@code text} into the field with id {@code id}, replacing what it held. */
  void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Returns the visible text of the page's main area. */
  String text() {
    return find("main").getText();
  }

  /** Signs in through the form and waits for the page it leads to. */
  void signIn(String username, String password) {
    driver.manage().deleteAllCookies();
    open("/sign-in");
    type("username", username);
    type("password", password);
    find("form[action='/sign-in'] button[type=submit]").click();
    waitUntil(d -> !path().startsWith("/sign-in"));
  }

  /** Waits up to 60 s for a condition on the driver, retrying while htmx swaps what it reads. */
  void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
  }

  /** Waits for an element to be present. */
  WebElement await(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** Returns the value of the session cookie, or null. */
  String sessionCookie() {
    var cookie = driver.manage().getCookieNamed("vigil_session");
    return cookie == null ? null : cookie.getValue();
  }

  /** Saves a full-page screenshot of the current page at each width, as {@code name-width.png}. */
  void screenshot(String name, int... widths) {
    try {
      Files.createDirectories(SCREENSHOTS);
      for (int width : widths) {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 200, 600), 5000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + width + ".png"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      driver.manage().window().setSize(new Dimension(WIDE, 900));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
