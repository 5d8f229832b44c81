package org.rookery.adapters.http.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * One player's browser on Rookery's page, spoken to through the page's stable hooks
 * ({@code data-testid}, {@code data-square}, {@code window.rookery}): open, create, join, move by
 * click or drag, press buttons, read the move list, the status and the clocks. Every wait polls
 * with a deadline; nothing sleeps. A test fixture, not thread-safe.
 */
public final class PlayerPage {
    private final WebDriver browser;
    private final String baseUrl;
    private final PageProbe page;
    private final PageConnection connection;

    public PlayerPage(String name, WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.page = new PageProbe(name, browser);
        this.connection = new PageConnection(page);
    }

    public PageConnection connection() {
        return connection;
    }

    /** Opens a path of the server ("/", "/?game=…") and waits until the page has started. */
    public PlayerPage open(String path) {
        browser.get(baseUrl + path);
        awaitStarted();
        return this;
    }

    /** From the lobby: creates a game as {@code color} and returns its id once the game page shows it. */
    public String createGame(String color) {
        page.byTestId("color-" + color).click();
        page.byTestId("create-game").click();
        await("the new game's page", b -> b.getCurrentUrl().contains("?game=") && !shareLink().isEmpty());
        String link = shareLink();
        return link.substring(link.indexOf("?game=") + "?game=".length());
    }

    /** From the lobby: starts a game against the computer at this level and colour; returns its id once the game page shows it started. */
    public String playComputer(int level, String color) {
        new Select(page.byTestId("bot-level")).selectByValue(Integer.toString(level));
        page.byTestId("bot-color-" + color).click();
        page.byTestId("play-computer").click();
        await("the game against the computer", b -> b.getCurrentUrl().contains("?game=") && "in_progress".equals(page.attribute("status", "data-status")));
        String url = browser.getCurrentUrl();
        return url.substring(url.indexOf("?game=") + "?game=".length()).replaceAll("&.*", "");
    }

    /** From the lobby: opens a game by its link (or id) through the join form. */
    public PlayerPage openGame(String linkOrId) {
        page.byTestId("join-id").sendKeys(linkOrId);
        page.byTestId("open-game").click();
        await("the game's address", b -> b.getCurrentUrl().contains("?game="));
        awaitStarted();
        return this;
    }

    public String shareLink() {
        return page.attribute("share-link", "value");
    }

    public void join() {
        page.byTestId("join-game").click();
        awaitStatus("in_progress");
    }

    /** Plays a move by clicking the piece, then the target square. */
    public void clickMove(String from, String to) {
        awaitPieceOn(from);
        click("square " + from, () -> square(from));
        click("square " + to, () -> square(to));
    }

    /** Plays a move by dragging the piece onto the target square. */
    public void dragMove(String from, String to) {
        awaitPieceOn(from);
        await("a drag from " + from + " to " + to, b -> {
            new Actions(b).dragAndDrop(square(from), square(to)).perform();
            return true;
        });
    }

    /**
     * Plays a move with the keyboard: Enter on the piece's square, the arrow keys to the target
     * (files first, then ranks, as the board is drawn for this player), Enter again.
     */
    public void keyboardMove(String from, String to) {
        awaitPieceOn(from);
        boolean white = "white".equals(orientation());
        int right = (to.charAt(0) - from.charAt(0)) * (white ? 1 : -1);
        int up = (to.charAt(1) - from.charAt(1)) * (white ? 1 : -1);
        List<CharSequence> keys = new ArrayList<>();
        keys.add(Keys.ENTER);
        for (int i = 0; i < Math.abs(right); i++) keys.add(right > 0 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT);
        for (int i = 0; i < Math.abs(up); i++) keys.add(up > 0 ? Keys.ARROW_UP : Keys.ARROW_DOWN);
        keys.add(Keys.ENTER);
        await("keyboard focus on " + from, b -> {
            square(from).sendKeys(""); // focuses the square
            return from.equals(page.script("return document.activeElement.dataset.square"));
        });
        new Actions(browser).sendKeys(keys.toArray(CharSequence[]::new)).perform();
    }

    public void promoteTo(char piece) {
        click("promotion to " + piece, () -> page.byTestId("promote-" + piece));
    }

    /** Clicks a button once it is shown and enabled. */
    public void press(String testId) {
        await(testId + " to be enabled", b -> page.visible(testId) && page.byTestId(testId).isEnabled());
        click(testId, () -> page.byTestId(testId));
    }

    /** The SAN of every move in the move list, in order (read in one script call, so a redraw cannot split it). */
    @SuppressWarnings("unchecked")
    public List<String> moves() {
        return (List<String>) page.script("return [...document.querySelectorAll(\"[data-testid='move-list'] .san\")].map(e => e.textContent)");
    }

    public void awaitMoves(List<String> expected) {
        await("the move list " + expected, b -> moves().equals(expected));
    }

    public void awaitStatus(String status) {
        await("game status " + status, b -> status.equals(page.attribute("status", "data-status")));
    }

    public String text(String testId) {
        return page.text(testId);
    }

    public void awaitVisible(String testId, boolean visible) {
        await(testId + (visible ? " to show" : " to hide"), b -> page.visible(testId) == visible);
    }

    public long clockMs(String side) {
        return Long.parseLong(page.attribute("clock-" + side, "data-ms"));
    }

    public boolean clockRunning(String side) {
        return page.attribute("clock-" + side, "class").contains("running");
    }

    public String orientation() {
        return page.attribute("board", "data-orientation");
    }

    /** The square drawn in the board's top-left corner. */
    public String topLeftSquare() {
        return browser.findElements(By.cssSelector("[data-testid='board'] [data-square]")).getFirst().getAttribute("data-square");
    }

    /** The stored guest's token (the page keeps it in localStorage). */
    public String guestToken() {
        return (String) page.script("return JSON.parse(localStorage.getItem('rookery.guest')).token");
    }

    public void screenshot(Path target) throws IOException {
        page.screenshot(target);
    }

    public <T> T await(String what, Function<WebDriver, T> condition) {
        return page.await(what, condition);
    }

    private void awaitStarted() {
        await("the page to start", b -> Boolean.TRUE.equals(page.script("return Boolean(window.rookery && window.rookery.ready)")));
    }

    /** Clicks an element, finding it again if the page redrew it between finding and clicking. */
    private void click(String what, Supplier<WebElement> element) {
        await("a click on " + what, b -> {
            element.get().click();
            return true;
        });
    }

    private void awaitPieceOn(String square) {
        await("a piece on " + square, b -> square(square).getAttribute("data-piece") != null);
    }

    private WebElement square(String square) {
        return browser.findElement(By.cssSelector("[data-testid='board'] [data-square='" + square + "']"));
    }
}
