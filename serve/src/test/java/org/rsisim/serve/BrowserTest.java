package org.rsisim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventCdf;
import org.rsisim.core.stat.Proportion;
import org.rsisim.models.analysis.PairedComparison;
import org.rsisim.models.analysis.PairedDifference;
import org.rsisim.models.analysis.PairedReport;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioSource;

/**
 * The page in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run} where missing) driven by Selenium. Loads the page, changes a parameter, runs, and reads the plotted
 * probabilities, which must equal the engine's on the same scenario to the bit; compares two configurations against
 * the engine's paired comparison; opens the page's link again and gets the same numbers; shows a located error beside
 * its field; and measures how long after Run clark-2028 with 10^5 runs is drawn. The screenshot and the timing are
 * kept under {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final String EVENT = "automated_ai_rd";
    static ServeServer server;
    static ChromeDriver driver;
    static Path out;

    /** Selenium's note that it has no DevTools protocol for this Chromium version: the test uses WebDriver only. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws Exception {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        String chromium = find("chromium", "/usr/bin/chromium", "/usr/lib/chromium/chromium");
        String chromedriver = find("chromedriver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        server = ServeServer.start(ServeConfig.defaults(ServeServer.newToken()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,2700", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        out = Path.of(System.getProperty("rsisim.serve.screenshots", "target/screenshots"));
        Files.createDirectories(out);
    }

    private static String find(String name, String... candidates) {
        for (String c : candidates) {
            if (new File(c).canExecute()) {
                return c;
            }
        }
        throw new AssertionError(name + " is not installed: the browser test needs Debian's chromium and "
                + "chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them where missing)");
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait await(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(20));
    }

    private static void open(String url) {
        driver.get("about:blank");
        driver.get(url);
        await(60).until(d -> "true".equals(js("return document.body.dataset.ready")));
    }

    private static void type(String id, String value) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    /** Clicks Run and waits until the page has drawn the result of a new run; returns the run's id. */
    private static String runAndWait(int seconds) {
        Object before = js("return window.rsisim.runId");
        driver.findElement(By.id("run")).click();
        return waitForResult(before, seconds);
    }

    private static String waitForResult(Object before, int seconds) {
        await(seconds).until(d -> {
            Object id = js("return window.rsisim.busy ? null : window.rsisim.runId");
            return id != null && !id.equals(before);
        });
        return (String) js("return window.rsisim.runId");
    }

    private static List<Double> plotted(String chart, int series) {
        @SuppressWarnings("unchecked")
        List<Object> raw = (List<Object>) js("return Array.from(window.rsisim.charts[arguments[0]].data[arguments[1]])",
                chart, series);
        // an event chart's x values are the requested times and the CDF's steps: a series is null where it has none
        List<Double> values = new ArrayList<>();
        raw.forEach(v -> {
            if (v != null) {
                values.add(((Number) v).doubleValue());
            }
        });
        return values;
    }

    private static Result engine(String yaml) {
        Scenario s = ScenarioSource.text("check.yaml", yaml).compile();
        return Engine.withThreads(2).run(s.experiment(Overrides.NONE));
    }

    @Test
    @Order(1)
    void changeAParameterRunAndReadThePlottedProbabilityAsTheEngineGivesIt() throws Exception {
        open(server.url().toString());
        assertEquals("clark-2028", driver.findElement(By.id("scenario")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("parameters")).getText().contains("base_generation_years"));
        type("runs", "20000");
        type("a.base_generation_years", "{uniform: {min: 0.7, max: 1.3}}");
        String id = runAndWait(120);
        assertTrue(driver.findElement(By.id("status")).getText().contains("20,000 runs"),
                driver.findElement(By.id("status")).getText());
        assertEquals("20000", driver.findElement(By.id("progress")).getAttribute("value"));
        Result r = engine("extends: clark-2028\nruns: 20000\nparameters:\n"
                + "  base_generation_years: {uniform: {min: 0.7, max: 1.3}}\n");
        Proportion[] expected = r.event(EVENT).probabilityBy();
        List<Double> p = plotted("event:" + EVENT, 2);
        List<Double> lower = plotted("event:" + EVENT, 1);
        assertEquals(expected.length, p.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].p(), p.get(i), "P(" + EVENT + " by " + r.event(EVENT).times()[i] + ")");
            assertEquals(expected[i].lower(), lower.get(i));
        }
        assertTrue(p.get(2) > 0.1 && p.get(2) < 0.99, "a probability that is neither 0 nor 1: " + p);
        // the whole CDF, drawn as steps, holds the engine's values at every time it steps at
        EventCdf cdf = r.event(EVENT).cdf();
        List<Double> x = plotted("event:" + EVENT, 0);
        List<Double> steps = plotted("event:" + EVENT, 5);
        assertEquals(x.size(), steps.size(), "the step line has a value at every x");
        assertTrue(cdf.time().length > expected.length, "more steps than requested times: " + cdf.time().length);
        for (int k = 0; k < cdf.time().length; k++) {
            int i = x.indexOf(cdf.time()[k]);
            assertTrue(i >= 0, "x holds the CDF time " + cdf.time()[k]);
            assertEquals(cdf.p()[k], steps.get(i), "CDF at " + cdf.time()[k]);
        }
        List<WebElement> cells = driver.findElements(By.cssSelector("#estimates tr[data-event] td.prob"));
        assertEquals(expected.length, cells.size());
        assertEquals(expected[2].p(), Double.parseDouble(cells.get(2).getAttribute("data-value")));
        assertTrue(driver.findElements(By.cssSelector("[data-chart^='series:'] canvas")).size() > 0, "fan charts");
        assertTrue(driver.findElements(By.cssSelector("[data-chart^='metric:'] canvas")).size() > 0, "histograms");
        assertTrue(driver.findElement(By.id("files")).getText().contains("result.json"));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(out.resolve("serve.png"), png);
        assertTrue(png.length > 10_000);
        assertNotEquals(null, id);
    }

    @Test
    @Order(2)
    void theLinkReproducesTheNumbersToTheBit() {
        String url = driver.getCurrentUrl();
        assertTrue(url.contains("#scenario=clark-2028") && url.contains("a.base_generation_years="), url);
        List<Double> first = plotted("event:" + EVENT, 2);
        String firstTable = tableValues();
        Object before = js("return window.rsisim.runId");
        driver.get("about:blank");
        driver.get(url);
        waitForResult(before, 120);
        assertEquals(first, plotted("event:" + EVENT, 2));
        assertEquals(firstTable, tableValues());
        assertEquals("{uniform: {min: 0.7, max: 1.3}}",
                driver.findElement(By.id("a.base_generation_years")).getAttribute("value"));
    }

    private static String tableValues() {
        StringBuilder sb = new StringBuilder();
        for (WebElement e : driver.findElements(By.cssSelector("#estimates td[data-value]"))) {
            sb.append(e.getAttribute("data-value")).append(' ');
        }
        return sb.toString();
    }

    @Test
    @Order(3)
    void aBadValueIsShownBesideItsField() {
        type("a.base_generation_years", "{uniform: {min: 2, max: 1}}");
        driver.findElement(By.id("run")).click();
        By box = By.cssSelector(".error[data-for='a.base_generation_years']");
        await(30).until(d -> !d.findElement(box).getText().isBlank());
        String message = driver.findElement(box).getText();
        assertTrue(message.startsWith("page edits (A):2:") && message.contains("must be greater than min"), message);
        assertTrue(driver.findElement(By.id("a.base_generation_years")).getAttribute("class").contains("invalid"));
    }

    @Test
    @Order(4)
    void compareModeShowsThePairedDifferencesOfTheEngine() {
        open(server.url().toString());
        type("runs", "20000");
        driver.findElement(By.id("compare-mode")).click();
        type("b.base_generation_years", "{uniform: {min: 0.4, max: 1.0}}");
        runAndWait(180);
        Overrides o = new Overrides(20000L, null, null, null);
        Experiment a = ScenarioSource.bundled("clark-2028").compile().experiment(o);
        Experiment b = ScenarioSource.text("b.yaml", "extends: clark-2028\nparameters:\n"
                + "  base_generation_years: {uniform: {min: 0.4, max: 1.0}}\n").compile().experiment(o);
        PairedReport r = PairedComparison.of(a, b).compare(Engine.withThreads(2));
        List<WebElement> rows = driver.findElements(By.cssSelector("#differences tr[data-quantity]"));
        assertEquals(r.differences().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PairedDifference d = r.differences().get(i);
            WebElement row = rows.get(i);
            assertEquals(d.quantity(), row.getAttribute("data-quantity"));
            assertEquals(d.a().value(), value(row, "a"));
            assertEquals(d.b().value(), value(row, "b"));
            assertEquals(d.difference().value(), value(row, "diff"));
        }
        assertTrue(driver.getCurrentUrl().contains("compare=1&b.base_generation_years="), driver.getCurrentUrl());
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    }

    private static double value(WebElement row, String cls) {
        return Double.parseDouble(row.findElement(By.cssSelector("td." + cls)).getAttribute("data-value"));
    }

    @Test
    @Order(5)
    void aPastedScenarioRunsAndALongRunCanBeCancelled() {
        open(server.url().toString());
        driver.findElement(By.cssSelector("#paste summary")).click();
        String text = "name: pasted-check\nextends: clark-2028\nruns: 3000\nseed: 5\n";
        driver.findElement(By.id("text")).sendKeys(text);
        driver.findElement(By.id("use-text")).click();
        await(30).until(d -> "3000".equals(d.findElement(By.id("runs")).getAttribute("value")));
        runAndWait(60);
        Proportion[] expected = engine(text).event(EVENT).probabilityBy();
        List<Double> p = plotted("event:" + EVENT, 2);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].p(), p.get(i));
        }
        assertTrue(driver.getCurrentUrl().contains("#text="), driver.getCurrentUrl());

        WebElement area = driver.findElement(By.id("text"));
        area.clear();
        area.sendKeys("extends: ai-futures-2025\nblock-size: 64\n");
        driver.findElement(By.id("use-text")).click();
        await(30).until(d -> d.findElement(By.id("model")).getText().contains("ai-futures"));
        type("runs", "200000");
        Object before = js("return window.rsisim.runId");
        driver.findElement(By.id("run")).click();
        await(60).until(d -> d.findElement(By.id("status")).getText().contains(" of 200,000 runs"));
        driver.findElement(By.id("cancel")).click();
        waitForResult(before, 60);
        assertTrue(driver.findElement(By.id("status")).getText().contains("cancelled"),
                driver.findElement(By.id("status")).getText());
        assertEquals(Boolean.TRUE, js("return window.rsisim.result.manifest.partial"));
    }

    @Test
    @Order(6)
    void clark2028WithAHundredThousandRunsIsDrawnSoonAfterRun() throws Exception {
        open(server.url().toString());
        type("runs", "100000");
        runAndWait(30);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            runAndWait(30);
            double selenium = (System.nanoTime() - t0) / 1e6;
            double page = ((Number) js("return window.rsisim.drawnMs")).doubleValue();
            double wall = ((Number) js("return window.rsisim.result.manifest.wallTimeSeconds")).doubleValue() * 1e3;
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> t = (java.util.Map<String, Object>) js("return window.rsisim.timing");
            lines.add(String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f %.0f %.0f", page, selenium, wall,
                    ((Number) t.get("accepted")).doubleValue(), ((Number) t.get("done")).doubleValue(),
                    ((Number) t.get("fetched")).doubleValue()));
        }
        Files.writeString(out.resolve("clark-2028-timing.txt"), "# clark-2028, 10^5 runs, "
                + Runtime.getRuntime().availableProcessors() + " processors: milliseconds from the click on Run to "
                + "the drawn charts, as the page measures it (performance.now) and as the test does (click to "
                + "result seen), the engine's wall time of the run, and on the page's clock when the run was "
                + "accepted, when its 'done' event came and when its result was fetched; one line per run after one "
                + "warm-up run\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        System.out.println("clark-2028 10^5 runs, drawn after Run (page ms, test ms, engine ms): " + lines);
        assertEquals(100_000L, ((Number) js("return window.rsisim.result.manifest.runs")).longValue());
    }
}
