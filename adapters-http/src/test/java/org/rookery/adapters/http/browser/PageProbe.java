package org.rookery.adapters.http.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser's grip on Rookery's page: finds elements by {@code data-testid}, runs scripts, and
 * waits for a condition with a deadline (polling, never sleeping), explaining a timeout with what
 * the page showed and wrote to its console. A test fixture, not thread-safe.
 */
public final class PageProbe {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final String name;
    private final WebDriver browser;

    PageProbe(String name, WebDriver browser) {
        this.name = name;
        this.browser = browser;
    }

    WebDriver browser() {
        return browser;
    }

    /** Waits until {@code condition} gives something other than null or false, and returns it. */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class) // the page redraws the board on every event
                .withMessage(() -> name + " waited for " + what + "; " + describe())
                .until(b -> {
                    T value = condition.apply(b);
                    return value instanceof Boolean bool && !bool ? null : value;
                });
    }

    WebElement byTestId(String testId) {
        return browser.findElement(testId(testId));
    }

    static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    String attribute(String testId, String attribute) {
        return byTestId(testId).getAttribute(attribute);
    }

    String text(String testId) {
        return byTestId(testId).getText();
    }

    boolean visible(String testId) {
        List<WebElement> found = browser.findElements(testId(testId));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    void screenshot(Path target) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** What the page shows and logged, for failure messages; never throws. */
    private String describe() {
        return "page shows status '" + quietly(() -> text("status")) + "', moves " + quietly(() -> String.valueOf(script(
                "return [...document.querySelectorAll(\"[data-testid='move-list'] .san\")].map(e => e.textContent)")))
                + ", connection '" + quietly(() -> attribute("connection", "data-state")) + "', notice '"
                + quietly(() -> text("notice")) + "' at " + quietly(browser::getCurrentUrl) + "; console: "
                + quietly(() -> browser.manage().logs().get(LogType.BROWSER).getAll().toString());
    }

    private static String quietly(java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
