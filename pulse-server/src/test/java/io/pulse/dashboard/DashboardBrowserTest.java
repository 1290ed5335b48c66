package io.pulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.ingest.DemoFixture;
import io.pulse.server.LiveServerTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard end to end in headless Chromium against a running server with the bundled model:
 * first on an empty store (empty states), then with the demo data plus topics and a message that
 * contains a script tag. Every page must load without console errors and draw its charts with data;
 * screenshots of each page go to target/screenshots (docs/screenshots for the README with
 * -Dpulse.screenshots.dir=../docs/screenshots).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest extends LiveServerTest {

  private static Browser browser;
  private static boolean demoLoaded;

  /** Page path, screenshot name and the charts it must draw with data. */
  private record Page(String path, String name, List<String> charts) {}

  private static final List<Page> PAGES =
      List.of(
          new Page(
              "/dashboard/",
              "overview",
              List.of("volume", "bands", "band-trend", "channels", "alerts")),
          new Page("/dashboard/alerts.html", "alerts", List.of()),
          new Page("/dashboard/drilldown.html", "drilldown", List.of("trend", "heatmap")),
          new Page("/dashboard/customer.html", "customer", List.of("timeline")),
          new Page("/dashboard/segments.html", "segments", List.of("treemap", "cohorts")),
          new Page("/dashboard/model.html", "model", List.of("confusion", "classes")));

  /** Every second row of the bundled demo file: the same shape in half the time. */
  @DynamicPropertySource
  static void demoSubset(DynamicPropertyRegistry registry) {
    registry.add("pulse.demo.file", () -> SampleData.demoSubset(2).toString());
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private Browser browser() {
    if (browser == null) {
      browser = Browser.start("http://localhost:" + port);
      browser.signIn("agent", "agent-pw");
    }
    return browser;
  }

  private SampleData data() {
    return new SampleData("http://localhost:" + port);
  }

  @Test
  @Order(1)
  void emptyStoreShowsHelpfulEmptyStatesWithoutConsoleErrors() {
    Browser b = browser();
    for (Page page : PAGES) {
      b.open(page.path());
      if (!page.name().equals("model") && !page.name().equals("segments")) {
        List<WebElement> empty = b.await(By.cssSelector(".empty strong"));
        assertThat(empty).as(page.name()).isNotEmpty();
      } else {
        b.chartPoints(page.charts().getFirst());
      }
      assertThat(b.consoleErrors())
          .as("console errors on the empty %s page", page.name())
          .isEmpty();
    }
    b.open("/dashboard/review.html");
    assertThat(b.await(By.cssSelector("#queue .empty strong")).getFirst().getText())
        .isEqualTo("Nothing to review");
    assertThat(b.consoleErrors()).as("console errors on the empty review page").isEmpty();
    b.open("/dashboard/");
    assertThat(b.await(By.cssSelector("#volume .empty strong")).getFirst().getText())
        .isEqualTo("No interactions yet");
  }

  @Test
  @Order(2)
  void reviewingSpotChecksFeedsTheAgreementOnTheModelPage() throws Exception {
    loadDemo();
    Browser b = browser();
    b.open("/dashboard/review.html");
    List<WebElement> items = b.await(By.cssSelector("#queue .message[data-id]"));
    int answered = Math.min(8, items.size());
    for (int i = 0; i < answered; i++) {
      WebElement item = items.get(i);
      // Most answers agree with the model (its label's button is the primary one); every third not.
      String pick = i % 3 == 2 ? "button.btn:not(.primary)" : "button.btn.primary";
      item.findElement(By.cssSelector(pick)).click();
      b.waitFor().until(d -> item.getAttribute("data-status") != null);
    }
    assertThat(answered).isPositive();
    assertThat(b.consoleErrors()).as("console errors on the review page").isEmpty();
    b.screenshot("review");

    b.open("/dashboard/model.html");
    assertThat(b.chartPoints("agreement-confusion")).isEqualTo(9);
    assertThat(b.driver.findElement(By.id("agreement")).getDomProperty("textContent"))
        .contains("Reviewed" + answered + "interactions with a reviewer label");
    assertThat(b.consoleErrors()).as("console errors on the model page").isEmpty();
  }

  @Test
  @Order(3)
  void everyPageLoadsWithChartsWithDataAndNoConsoleErrors() throws Exception {
    loadDemo();
    Browser b = browser();
    for (Page page : PAGES) {
      String path =
          page.name().equals("customer")
              ? page.path() + "?c=" + data().pseudonym(SampleData.CHAMPION)
              : page.path();
      b.open(path);
      for (String chart : page.charts()) {
        assertThat(b.chartPoints(chart))
            .as("data points of chart %s on %s", chart, page.name())
            .isPositive();
      }
      if (page.name().equals("alerts")) {
        assertThat(b.await(By.cssSelector(".card[data-status=OPEN]"))).isNotEmpty();
      }
      assertThat(b.consoleErrors()).as("console errors on the %s page", page.name()).isEmpty();
      b.screenshot(page.name());
    }
  }

  @Test
  @Order(4)
  void acknowledgingAnAlertOnTheBoardChangesItsState() throws Exception {
    loadDemo();
    Browser b = browser();
    b.open("/dashboard/alerts.html");
    WebElement card = b.await(By.cssSelector(".card[data-status=OPEN]")).getFirst();
    String id = card.getAttribute("data-id");
    card.findElement(By.cssSelector("button[data-action=acknowledge]")).click();

    By same = By.cssSelector(".card[data-id='" + id + "']");
    b.waitFor().until(d -> "ACKNOWLEDGED".equals(d.findElement(same).getAttribute("data-status")));
    assertThat(
            b.driver.findElement(same).findElements(By.cssSelector("button[data-action=resolve]")))
        .hasSize(1);
    Map<String, Object> stored = data().alert(id);
    assertThat(stored)
        .containsEntry("status", "ACKNOWLEDGED")
        .containsEntry("acknowledgedBy", "agent");
    assertThat(b.consoleErrors()).isEmpty();
  }

  @Test
  @Order(5)
  void messageWithAScriptTagIsShownAsText() throws Exception {
    loadDemo();
    Browser b = browser();
    b.open("/dashboard/customer.html?c=" + data().pseudonym(SampleData.XSS_CUSTOMER));
    WebElement text = b.await(By.cssSelector("#interactions .message .text")).getFirst();
    assertThat(text.getText()).contains("<script>alert(1)</script>");
    assertNoScriptRan(b);

    b.open("/dashboard/drilldown.html?dimension=product&value=United");
    b.waitFor()
        .until(d ->
            d.findElements(By.cssSelector("#recent .message .text")).stream()
                .anyMatch(e -> e.getText().contains("<script>alert(1)</script>")));
    assertNoScriptRan(b);
  }

  @Test
  @Order(6)
  void aspectsOfTheDemoTweetsFillTheAspectDrillDown() throws Exception {
    loadDemo();
    Browser b = browser();
    b.open("/dashboard/drilldown.html?dimension=aspect");
    assertThat(b.chartPoints("trend")).isPositive();
    assertThat(b.chartPoints("heatmap")).isPositive();
    assertThat(b.driver.findElement(By.id("dimension")).getDomProperty("value"))
        .isEqualTo("aspect");
    // Aspects are shown by their taxonomy names ("Waiting time"), not their ids ("waiting_time").
    String title = b.driver.findElement(By.id("trend-title")).getText();
    String options = b.driver.findElement(By.id("value")).getText();
    assertThat(title).startsWith("Aspect ").doesNotContain("_");
    assertThat(options).doesNotContain("_").containsPattern("[A-Z][a-z]+ \\(\\d");
    assertThat(b.consoleErrors()).as("console errors on the aspect drill-down").isEmpty();
  }

  @Test
  @Order(7)
  void daysWithFewInteractionsAreHollowPointsOffTheMeanLine() throws Exception {
    loadDemo();
    Browser b = browser();
    b.open("/dashboard/");
    b.chartPoints("volume");
    JavascriptExecutor js = (JavascriptExecutor) b.driver;

    // the data shaping, on days around the minimum of 10 interactions
    Object split =
        js.executeAsyncScript(
            "const done = arguments[0];"
                + " import('/dashboard/js/daily.js').then((m) => done(JSON.stringify("
                + "m.splitByCount([{count: 1, meanScore: -1}, {count: 9, meanScore: 0.98},"
                + " {count: 10, meanScore: 0.25}, {count: 400, meanScore: -0.1234},"
                + " {count: 0, meanScore: null}]))));");
    assertThat(split)
        .isEqualTo("{\"line\":[null,null,0.25,-0.123,null],\"sparse\":[-1,0.98,null,null,null]}");

    // the chart drawn from the demo data: no day under the minimum is on the line
    JsonNode series =
        JsonMapper.builder()
            .build()
            .readTree(
                (String)
                    js.executeScript(
                        "const o = echarts.getInstanceByDom("
                            + "document.querySelector(\"[data-chart='volume']\")).getOption();"
                            + " return JSON.stringify(o.series.map((s) =>"
                            + " ({name: s.name, symbol: s.symbol, data: s.data})));"));
    assertThat(series).hasSize(3);
    JsonNode counts = series.get(0).path("data");
    JsonNode line = series.get(1).path("data");
    JsonNode hollow = series.get(2).path("data");
    assertThat(series.get(2).path("symbol").asString()).isEqualTo("emptyCircle");
    assertThat(counts.size()).isPositive().isEqualTo(line.size()).isEqualTo(hollow.size());
    for (int day = 0; day < counts.size(); day++) {
      boolean sparse = counts.get(day).asInt() < 10;
      assertThat(line.get(day).isNull()).as("line on day %d", day).isEqualTo(sparse);
      assertThat(hollow.get(day).isNull()).as("hollow point on day %d", day).isEqualTo(!sparse);
    }
    assertThat(b.consoleErrors()).isEmpty();
  }

  @Test
  @Order(8)
  void conversationViewShowsTurnsInOrderColouredByBand() throws Exception {
    loadDemo();
    String conversation = "chat-" + System.nanoTime();
    data().storeConversation(conversation);
    Browser b = browser();
    b.open("/dashboard/conversation.html?id=" + conversation);
    List<WebElement> turns = b.await(By.cssSelector("ol.turns li.turn"));
    assertThat(turns).hasSize(5);
    assertThat(turns.stream().map(t -> t.getAttribute("data-role")).toList())
        .containsExactly("customer", "bot", "customer", "agent", "customer");
    Map<String, String> colours =
        Map.of(
            "green", "47, 158, 110",
            "yellow", "229, 179, 0",
            "orange", "240, 140, 0",
            "red", "224, 49, 49");
    for (WebElement turn : turns) {
      String band = turn.getAttribute("data-band");
      assertThat(band).isIn(colours.keySet());
      assertThat(turn.getCssValue("border-left-color")).contains(colours.get(band));
    }
    assertThat(turns.getLast().getAttribute("data-band")).isIn("orange", "red");
    assertThat(turns.get(2).findElement(By.cssSelector(".turn-text")).getText())
        .contains("<script>alert(1)</script>");
    assertThat(b.await(By.cssSelector("[data-kpi=state] .value")).getFirst().getText())
        .isIn("Escalating", "Steady", "Recovering");
    assertNoScriptRan(b);
    b.screenshot("conversation");
  }

  private static void assertNoScriptRan(Browser b) {
    assertThatThrownBy(() -> b.driver.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(b.driver.findElements(By.cssSelector("main script"))).isEmpty();
    assertThat(b.consoleErrors()).isEmpty();
    // Only redacted text and pseudonyms: no e-mail, phone number or customer reference.
    String page = b.driver.findElement(By.tagName("body")).getDomProperty("textContent");
    assertThat(page).doesNotContain(SampleData.PERSONAL);
  }

  private void loadDemo() throws Exception {
    if (!demoLoaded) {
      assertThat(DemoFixture.load(context)).isGreaterThan(5_000);
      data().storeTopicsAndScriptMessage();
      demoLoaded = true;
    }
  }
}
