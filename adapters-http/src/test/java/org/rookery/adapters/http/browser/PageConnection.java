package org.rookery.adapters.http.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page's live connection as a test sees it: the indicator's {@code data-state} and
 * {@code data-transport}, and the hooks that drop it, restore it, or make WebSockets fail. A test
 * fixture, not thread-safe.
 */
public final class PageConnection {
    private static final String FAILING_WEBSOCKET = """
            window.WebSocket = class FailingWebSocket {
              static CONNECTING = 0; static OPEN = 1; static CLOSING = 2; static CLOSED = 3;
              constructor() {
                this.readyState = 3;
                setTimeout(() => { this.onerror?.(new Event('error')); this.onclose?.(new CloseEvent('close', {code: 1006})); }, 10);
              }
              send() { throw new DOMException('closed', 'InvalidStateError'); }
              close() {}
            };
            """;
    private final PageProbe page;
    private String failingSocketsScript;

    PageConnection(PageProbe page) {
        this.page = page;
    }

    /** connecting, online, reconnecting or offline. */
    public String state() {
        return page.attribute("connection", "data-state");
    }

    public void await(String state) {
        page.await("connection " + state, b -> state.equals(state()));
    }

    /** websocket, sse or polling. */
    public String transport() {
        return page.attribute("connection", "data-transport");
    }

    public String text() {
        return page.text("connection");
    }

    /** The test hook: drops the live connection; with hold it stays down until {@link #restore()}. */
    public void drop(boolean hold) {
        page.script("window.rookery.dropConnection({hold: arguments[0]})", hold);
    }

    public void restore() {
        page.script("window.rookery.restoreConnection()");
    }

    /**
     * From the next page load on, every WebSocket fails as if a proxy on the way refused the
     * upgrade (a stand-in replaces {@code window.WebSocket} before the page's scripts run, through
     * the DevTools protocol); {@code false} undoes it. The page is expected to fall back by itself.
     */
    public void breakWebSockets(boolean broken) {
        ChromeDriver chrome = (ChromeDriver) page.browser();
        if (broken) {
            Map<String, Object> added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FAILING_WEBSOCKET));
            failingSocketsScript = (String) added.get("identifier");
        } else if (failingSocketsScript != null) {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", failingSocketsScript));
            failingSocketsScript = null;
        }
    }

    /** The moves the page's offline queue holds (UCI). */
    @SuppressWarnings("unchecked")
    public List<String> queuedMoves() {
        return (List<String>) page.script("return window.rookery.queuedMoves().map(e => e.uci)");
    }
}
