package org.newskg.store;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.explore.SeedStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web explorer in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) against a
 * real server over the seed's TDB2 store. Runs only with {@code mvn verify -Pbrowser}; saves
 * {@code target/explorer.png}.
 */
class ExplorerPagesIT {
    @TempDir
    static Path dir;
    static Server server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Path store = SeedStore.build(dir.resolve("kg"));
        server = Server.start(new ServerSettings(store, "127.0.0.1", 0, false, true, false, Duration.ofSeconds(30)));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private long triples() {
        try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl())
                .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    @Test
    void givenTheSeed_whenAnActorIsSearchedAndAnEdgeClicked_thenNeighboursAndEvidenceShow() throws Exception {
        browser.get(server.baseUrl() + "explore/");
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));

        // Injection text goes in as an escaped literal: it finds nothing, breaks nothing.
        String evil = "x\") } DROP ALL # '\n\\";
        Object escaped = ((JavascriptExecutor) browser).executeScript("return newskgSparqlString(arguments[0]);", evil);
        assertEquals("\"x\\\") } DROP ALL # \\'\\n\\\\\"", escaped);
        long before = triples();
        search.sendKeys("x\") } DROP ALL #");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "No actor matches"));
        assertFalse(browser.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertEquals(before, triples());

        search.clear();
        search.sendKeys("cavus");
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='suggestions']//button[contains(., 'Mevlut Cavusoglu')]")));
        suggestion.click();

        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#edge-list button"), 1));
        List<String> edges = browser.findElements(By.cssSelector("#edge-list button")).stream().map(WebElement::getText).toList();
        assertTrue(edges.stream().anyMatch(t -> t.contains("support") && t.contains("Azerbaijan")), edges.toString());
        assertTrue(edges.stream().anyMatch(t -> t.contains("accuse") && t.contains("Armenia")), edges.toString());
        Object nodes = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('#graph canvas').length;");
        assertTrue(((Number) nodes).intValue() > 0, "Cytoscape drew no canvas");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card"), "Foreign Minister, Turkey"));
        assertTrue(browser.findElement(By.id("card")).getText().contains("Mevlut Cavusoglu"));

        browser.findElement(By.xpath("//ul[@id='edge-list']//button[contains(., 'accuse') and contains(., 'Armenia')]")).click();
        WebElement sentence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence .sentence")));
        assertTrue(sentence.getText().contains("Armenia once again resorted to provocation"), sentence.getText());
        String href = browser.findElement(By.cssSelector("#evidence a")).getAttribute("href");
        assertTrue(href.contains("/newskg/get?graph=https%3A%2F%2Fw3id.org%2Fnewskg%2Farticle%2F"), href);

        // The relation filter hides what is unticked.
        WebElement support = browser.findElement(By.cssSelector("#relation-filters input[value='support']"));
        support.click();
        assertFalse(browser.findElement(By.xpath("//ul[@id='edge-list']//button[contains(., 'support')]/..")).isDisplayed());
        support.click();

        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path png = Paths.get("target/explorer.png");
        Files.createDirectories(png.getParent());
        Files.copy(shot.toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(png) > 10_000);
    }
}
