package dev.shipgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import dev.shipgate.testing.Served;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, which {@code
 * .ci/run} installs): sign in through the form, see a deploy's phases from fixture reports and an
 * open incident with its timeline, and no console errors. Saves target/dashboard.png.
 */
class DashboardIT {
  static final String ADMIN = "dash-Tok3n-CANARY-88aa";

  @TempDir Path dir;
  @TempDir Path profile;

  @Test
  void aSignedInAdminSeesDeployPhasesAndAnOpenIncidentWithNoConsoleErrors() throws Exception {
    int refused = LocalHttpServer.refusedPort();
    Project project =
        Project.create(
            dir,
            "project: demo-shop\n"
                + "checks:\n"
                + "  - {name: api, get: \"http://127.0.0.1:"
                + refused
                + "/health\", timeout: 2s}\n"
                + "server: {adminToken: \""
                + ADMIN
                + "\", refresh: 1s}\n");
    project.write("db/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    CliResult migrated =
        CliRun.withEmptyEnv()
            .env("DATABASE_URL", "sqlite:app.db")
            .run("-c", project.config(), "migrate");
    assertThat(migrated.exitCode()).as(migrated.err()).isZero();
    Files.createDirectories(dir.resolve("logs"));
    for (String f :
        List.of("deploy-report-20261201T101500Z.json", "deploy-report-20261201T143000Z.json")) {
      Files.copy(
          Path.of("src/test/resources/serve", f),
          dir.resolve("logs").resolve(f),
          StandardCopyOption.REPLACE_EXISTING);
    }
    try (Served s = Served.start(dir, Map.of("DATABASE_URL", "sqlite:app.db"))) {
      String bearer = "Bearer " + ADMIN;
      s.await(
          "/ops/doctor",
          j -> j.path("checks").path("status").asText().equals("unhealthy"),
          "Authorization",
          bearer);
      assertThat(s.post("/ops/doctor/run", "Authorization", bearer).statusCode()).isEqualTo(200);
      s.await(
          "/ops/doctor",
          j -> j.path("incidents").path("openCount").asInt() == 1,
          "Authorization",
          bearer);

      ChromeDriver browser = chromium();
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(s.url("/"));
        browser.findElement(By.id("token")).sendKeys("not-the-token");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
            .as("the wrong token is answered 401, and only that is an error")
            .filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .allMatch(e -> e.getMessage().contains("401"));

        browser.findElement(By.id("token")).sendKeys(ADMIN);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deploys")));

        Cookie session = browser.manage().getCookieNamed("shipgate_session");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");

        WebElement failed =
            browser.findElement(
                By.cssSelector("[data-file='deploy-report-20261201T101500Z.json']"));
        assertThat(
                failed
                    .findElement(By.cssSelector(".timeline [data-phase='BACKEND_READY_GATE']"))
                    .getAttribute("class"))
            .contains("fail");
        assertThat(failed.getText()).contains("backend not ready after 60s");
        WebElement ok =
            browser.findElement(
                By.cssSelector("[data-file='deploy-report-20261201T143000Z.json']"));
        assertThat(ok.findElements(By.cssSelector(".timeline .phase"))).hasSize(9);

        WebElement incident = browser.findElement(By.cssSelector("#incidents .incident"));
        assertThat(incident.getText()).contains("api").contains("DETECTED");
        assertThat(browser.findElement(By.cssSelector("#checks [data-name='api']")).getText())
            .contains("FAIL")
            .contains("CONNECTION_REFUSED");
        assertThat(browser.findElement(By.id("migrations")).getText()).contains("at head 001");
        assertThat(browser.getPageSource()).doesNotContain(ADMIN);

        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);

        List<LogEntry> errors =
            browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("console errors").isEmpty();
      } finally {
        browser.quit();
      }
    }
  }

  private ChromeDriver chromium() {
    File binary = new File("/usr/bin/chromium");
    File driver = new File("/usr/bin/chromedriver");
    assertThat(binary)
        .as("Debian's chromium (apt-get install -y chromium chromium-driver; .ci/run does)")
        .exists();
    assertThat(driver).as("Debian's chromium-driver").exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1500",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
