package org.rookery.adapters.http.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One player's browser on Rookery's page, spoken to through the page's stable hooks
 * ({@code data-testid}, {@code data-square}, {@code window.rookery}). Every wait polls with a
 * deadline; nothing sleeps. A test fixture, not thread-safe.
 */
public final class PlayerPage {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final String name;
    private final WebDriver browser;
    private final String baseUrl;
    private String brokenSocketsScript;

    public PlayerPage(String name, WebDriver browser, String baseUrl) {
        this.name = name;
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Opens a path of the server ("/", "/?game=…") and waits until the page has started. */
    public PlayerPage open(String path) {
        browser.get(baseUrl + path);
        await("the page to start", b -> Boolean.TRUE.equals(script("return window.rookery && window.rookery.ready === true")));
        return this;
    }

    /** From the lobby: creates a game as {@code color} and returns its id once the game page shows it. */
    public String createGame(String color) {
        byTestId("color-" + color).click();
        byTestId("create-game").click();
        await("the new game's page", b -> b.getCurrentUrl().contains("?game=") && !byTestId("share-link").getAttribute("value").isEmpty());
        String link = byTestId("share-link").getAttribute("value");
        return link.substring(link.indexOf("?game=") + "?game=".length());
    }

    /** From the lobby: opens a game by its link (or id) through the join form. */
    public PlayerPage openGame(String linkOrId) {
        byTestId("join-id").sendKeys(linkOrId);
        byTestId("open-game").click();
        await("the game page", b -> b.getCurrentUrl().contains("?game=") && Boolean.TRUE.equals(script("return Boolean(window.rookery && window.rookery.ready)")));
        return this;
    }

    public String shareLink() {
        return byTestId("share-link").getAttribute("value");
    }

    public void join() {
        byTestId("join-game").click();
        awaitStatus("in_progress");
    }

    /** Plays a move by clicking the piece, then the target square. */
    public void clickMove(String from, String to) {
        awaitMovable(from);
        click("square " + from, () -> square(from));
        click("square " + to, () -> square(to));
    }

    /** Plays a move by dragging the piece onto the target square. */
    public void dragMove(String from, String to) {
        awaitMovable(from);
        await("a drag from " + from + " to " + to, b -> {
            new Actions(b).dragAndDrop(square(from), square(to)).perform();
            return true;
        });
    }

    public void promoteTo(char piece) {
        await("the promotion chooser", b -> !b.findElements(testId("promote-" + piece)).isEmpty());
        byTestId("promote-" + piece).click();
    }

    public void press(String testId) {
        await(testId + " to be enabled", b -> byTestId(testId).isDisplayed() && byTestId(testId).isEnabled());
        byTestId(testId).click();
    }

    /** The SAN of every move in the move list, in order. */
    @SuppressWarnings("unchecked")
    public List<String> moves() {
        // One script call reads the whole list, so a redraw between two reads cannot split it.
        return (List<String>) script("return [...document.querySelectorAll(\"[data-testid='move-list'] .san\")].map(e => e.textContent)");
    }

    public PlayerPage awaitMoves(List<String> expected) {
        await("the move list " + expected, b -> moves().equals(expected));
        return this;
    }

    public void awaitStatus(String status) {
        await("game status " + status, b -> status.equals(byTestId("status").getAttribute("data-status")));
    }

    public String text(String testId) {
        return byTestId(testId).getText();
    }

    public boolean visible(String testId) {
        List<WebElement> found = browser.findElements(testId(testId));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    public void awaitVisible(String testId, boolean visible) {
        await(testId + (visible ? " to show" : " to hide"), b -> visible(testId) == visible);
    }

    public String connectionState() {
        return byTestId("connection").getAttribute("data-state");
    }

    public void awaitConnection(String state) {
        await("connection " + state, b -> state.equals(connectionState()));
    }

    public String transport() {
        return byTestId("connection").getAttribute("data-transport");
    }

    /** The test hook: drops the live connection; with hold it stays down until {@link #restoreConnection()}. */
    public void dropConnection(boolean hold) {
        script("window.rookery.dropConnection({hold: arguments[0]})", hold);
    }

    public void restoreConnection() {
        script("window.rookery.restoreConnection()");
    }

    /**
     * From the next page load on, every WebSocket this browser opens fails as if a proxy on the
     * way refused the upgrade (a stand-in replaces {@code window.WebSocket} before the page's
     * scripts run); {@code false} undoes it. The page is expected to fall back by itself.
     */
    public void breakWebSockets(boolean broken) {
        ChromeDriver chrome = (ChromeDriver) browser;
        if (broken) {
            Map<String, Object> added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    window.WebSocket = class FailingWebSocket {
                      static CONNECTING = 0; static OPEN = 1; static CLOSING = 2; static CLOSED = 3;
                      constructor() {
                        this.readyState = 3;
                        setTimeout(() => { this.onerror?.(new Event('error')); this.onclose?.(new CloseEvent('close', {code: 1006})); }, 10);
                      }
                      send() { throw new DOMException('closed', 'InvalidStateError'); }
                      close() {}
                    };
                    """));
            brokenSocketsScript = (String) added.get("identifier");
        } else if (brokenSocketsScript != null) {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", brokenSocketsScript));
            brokenSocketsScript = null;
        }
    }

    public long clockMs(String side) {
        return Long.parseLong(byTestId("clock-" + side).getAttribute("data-ms"));
    }

    public boolean clockRunning(String side) {
        return byTestId("clock-" + side).getAttribute("class").contains("running");
    }

    public String orientation() {
        return byTestId("board").getAttribute("data-orientation");
    }

    /** The square drawn in the board's top-left corner. */
    public String topLeftSquare() {
        return browser.findElements(By.cssSelector("[data-testid='board'] [data-square]")).getFirst().getAttribute("data-square");
    }

    /** The stored guest's token (the page keeps it in localStorage). */
    public String guestToken() {
        String json = (String) script("return localStorage.getItem('rookery.guest')");
        int at = json.indexOf("\"token\":\"") + "\"token\":\"".length();
        return json.substring(at, json.indexOf('"', at));
    }

    public void screenshot(Path target) throws java.io.IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    public <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class) // the page redraws the board on every event
                .withMessage(() -> name + " waited for " + what + "; page shows status '" + safeText("status") + "', moves "
                        + safeMoves() + ", connection '" + safeConnection() + "', notice '" + safeText("notice") + "' at "
                        + browser.getCurrentUrl() + "; console: " + console())
                .until(b -> {
                    T value = condition.apply(b);
                    return value instanceof Boolean bool && !bool ? null : value;
                });
    }

    /** Clicks an element, finding it again if the page redrew it between finding and clicking. */
    private void click(String what, java.util.function.Supplier<WebElement> element) {
        await("a click on " + what, b -> {
            element.get().click();
            return true;
        });
    }

    private void awaitMovable(String from) {
        await("a piece on " + from, b -> square(from).getAttribute("data-piece") != null);
    }

    private WebElement square(String square) {
        return browser.findElement(By.cssSelector("[data-testid='board'] [data-square='" + square + "']"));
    }

    private WebElement byTestId(String testId) {
        return browser.findElement(testId(testId));
    }

    private static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private String safeText(String testId) {
        try {
            return text(testId);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** What the page wrote to its console (errors first of all), for failure messages. */
    public String console() {
        try {
            return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(Object::toString).toList().toString();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private String safeMoves() {
        try {
            return moves().toString();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private String safeConnection() {
        try {
            return connectionState();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
