package org.shutong.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shutong.i18n.Lang;

/**
 * Opens a generated HTML report in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them) and checks that it renders without script
 * errors, that the charts draw, and that filtering, sorting and paging the findings work.
 */
@Tag("e2e")
class HtmlReportBrowserTest {
  /** 12,000 findings over 5 rules; every third a warning; one value with markup. */
  private static final int N = 12_000;
  private static final int RULES = 5;

  @TempDir static Path dir;
  private static WebDriver driver;
  private static Path page;

  @BeforeAll
  static void start() throws IOException {
    FindingCollector c = new FindingCollector();
    for (int i = 0; i < N; i++) {
      String rule = "R-" + (i % RULES);
      String value = i == 4242 ? "</script><script>window.pwned=1</script>" : "v" + i;
      Severity s = i % 3 == 0 ? Severity.WARNING : Severity.ERROR;
      c.accept(new Finding(rule, s, "in.csv", i + 1, i + 2, "F" + (i % 7), value, "消息 " + i));
    }
    Report r = Report.builder("firstpage check").input(new InputSummary("in.csv", N, "GB18030")).build(c);
    page = dir.resolve("report.html");
    Files.write(page, Fixtures.bytes(ReportRenderer.of(ReportFormat.HTML), r, Lang.ZH));

    driver = HeadlessChrome.start(dir);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void open() {
    driver.get(page.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  private static int count() {
    return Integer.parseInt(driver.findElement(By.id("f-count")).getText().replace(",", ""));
  }

  private static List<WebElement> rows() {
    return driver.findElements(By.cssSelector("#findings-body tr"));
  }

  @Test
  void rendersWithoutScriptErrorsAndNoInjectedScriptRan() {
    assertEquals(List.of(), HeadlessChrome.consoleWarnings(driver));
    assertEquals("undefined", ((JavascriptExecutor) driver).executeScript("return typeof window.pwned"));
    assertEquals(N, count());
    assertEquals(100, rows().size());
    assertEquals("第 1 页 / 共 120 页", driver.findElement(By.id("f-page")).getText());
  }

  @Test
  void chartsDrawABarForEachRule() {
    List<WebElement> bars = driver.findElements(By.cssSelector("#chart-rules g.bar"));
    assertEquals(RULES, bars.size());
    for (WebElement bar : bars) {
      List<WebElement> rects = bar.findElements(By.tagName("rect"));
      assertEquals(2, rects.size(), "an error and a warning segment");
      for (WebElement rect : rects) {
        assertTrue(rect.getRect().getWidth() > 10 && rect.getRect().getHeight() > 5, rect.getRect().toString());
      }
    }
    assertEquals(7, driver.findElements(By.cssSelector("#chart-fields g.bar")).size());
  }

  @Test
  void filtersBySeverityRuleFieldAndText() {
    new Select(driver.findElement(By.id("f-rule"))).selectByVisibleText("R-2");
    assertEquals(N / RULES, count());
    new Select(driver.findElement(By.id("f-sev"))).selectByValue("1");
    // R-2 holds i = 5k + 2; warnings are i = 3j: both is i = 15m + 12
    assertEquals(N / 15, count());
    new Select(driver.findElement(By.id("f-sev"))).selectByValue("2");
    assertEquals(0, count());
    assertEquals("没有符合筛选条件的发现。", rows().get(0).getText());
    driver.findElement(By.id("f-reset")).click();
    assertEquals(N, count());

    new Select(driver.findElement(By.id("f-field"))).selectByVisibleText("F0");
    assertEquals((N + 6) / 7, count());
    driver.findElement(By.id("f-reset")).click();

    WebElement text = driver.findElement(By.id("f-text"));
    text.sendKeys("</script>");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> count() == 1);
    List<WebElement> cells = rows().get(0).findElements(By.tagName("td"));
    assertEquals("</script><script>window.pwned=1</script>", cells.get(5).getText());
    assertEquals("undefined", ((JavascriptExecutor) driver).executeScript("return typeof window.pwned"));
  }

  @Test
  void clickingABarFiltersByItsRule() {
    driver.findElement(By.cssSelector("#chart-rules g.bar[data-key='R-4']")).click();
    assertEquals(N / RULES, count());
    assertEquals("R-4", new Select(driver.findElement(By.id("f-rule"))).getFirstSelectedOption().getText());
    for (WebElement row : rows()) {
      assertEquals("R-4", row.findElements(By.tagName("td")).get(1).getText());
    }
  }

  @Test
  void sortsAndPages() {
    WebElement record = driver.findElement(By.cssSelector("#findings-table th[data-col=record]"));
    record.click();
    record.click();
    assertEquals("descending", record.getDomAttribute("aria-sort"));
    assertEquals(Integer.toString(N), rows().get(0).findElements(By.tagName("td")).get(2).getText());
    driver.findElement(By.id("f-next")).click();
    assertEquals("第 2 页 / 共 120 页", driver.findElement(By.id("f-page")).getText());
    assertEquals(Integer.toString(N - 100), rows().get(0).findElements(By.tagName("td")).get(2).getText());
    new Select(driver.findElement(By.id("f-size"))).selectByValue("1000");
    assertEquals(1000, rows().size());
    assertEquals("第 1 页 / 共 12 页", driver.findElement(By.id("f-page")).getText());
  }
}
