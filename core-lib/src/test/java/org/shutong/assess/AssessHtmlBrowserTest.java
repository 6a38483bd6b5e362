package org.shutong.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shutong.i18n.Lang;
import org.shutong.report.HeadlessChrome;
import org.shutong.report.ReportFormat;
import org.shutong.report.ReportRenderer;

/**
 * Opens the HTML report of {@code assess interop} in headless Chromium (Debian's {@code chromium}
 * and {@code chromium-driver}) and checks that the radar chart, the level ladder and the gap list
 * render, without script errors.
 */
@Tag("e2e")
class AssessHtmlBrowserTest {

  @TempDir static Path dir;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    Path page = dir.resolve("assess.html");
    try (OutputStream out = Files.newOutputStream(page)) {
      ReportRenderer.of(ReportFormat.HTML).render(AssessmentReportsTest.hospitalReport(Lang.ZH), out, Lang.ZH);
    }
    driver = HeadlessChrome.start(dir);
    driver.get(page.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void rendersWithoutScriptErrors() {
    assertEquals(List.of(), HeadlessChrome.consoleWarnings(driver));
  }

  @Test
  void theRadarDrawsItsAreaAndALabelPerDomainInsideTheFigure() {
    WebElement fig = driver.findElement(By.id("figure-domain-radar"));
    Rectangle box = fig.getRect();
    Rectangle area = fig.findElement(By.cssSelector("polygon.area")).getRect();
    assertTrue(area.getWidth() > 100 && area.getHeight() > 100, area.toString());
    List<WebElement> labels = fig.findElements(By.cssSelector("text.axis-label"));
    assertEquals(4, labels.size());
    for (WebElement l : labels) {
      Rectangle r = l.getRect();
      assertTrue(r.getX() >= box.getX() && r.getX() + r.getWidth() <= box.getX() + box.getWidth(),
          l.getText() + " " + r + " outside " + box);
    }
  }

  @Test
  void theLadderShowsEveryLevelWithTheNextOneMarked() {
    List<WebElement> steps = driver.findElements(By.cssSelector("#figure-level-ladder li.step"));
    assertEquals(7, steps.size());
    WebElement next = driver.findElement(By.cssSelector("#figure-level-ladder li.step-next"));
    assertTrue(next.isDisplayed());
    assertTrue(next.getText().contains("三级"), next.getText());
    assertEquals(2, driver.findElements(By.cssSelector("#figure-level-ladder li.step-reached")).size());
  }

  @Test
  void theGapListIsATableOfTheItemsMissing() {
    List<WebElement> rows = driver.findElements(By.cssSelector("#table-gaps tbody tr"));
    assertTrue(!rows.isEmpty());
    assertTrue(rows.get(0).getText().contains("2.2.9.1"), rows.get(0).getText());
  }
}
