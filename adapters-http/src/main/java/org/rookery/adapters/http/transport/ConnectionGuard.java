package org.rookery.adapters.http.transport;

import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionSelector;
import io.helidon.webserver.websocket.WsConfig;
import io.helidon.webserver.websocket.WsUpgrader;
import io.helidon.websocket.WsSession;
import java.util.List;
import java.util.function.Consumer;

/**
 * Puts the connection limits of {@link ConnectionSettings} on a Helidon server: the server gets
 * one connection selector, ours (HTTP/1.1 with the WebSocket upgrade, behind the per-address
 * quota and the read deadlines), instead of the ones Helidon discovers. Helidon 4.2 offers no
 * per-address limit and no server read timeout, and nothing between a WebSocket's frame reader
 * and the HTTP error path; the selector is the one hook it gives before the first byte.
 * Thread-safe; {@link #close()} stops the read watchdog.
 */
public final class ConnectionGuard implements AutoCloseable {
    private final ConnectionSettings settings;
    private final ConnectionWatchdog watchdog;

    public ConnectionGuard(ConnectionSettings settings) {
        this.settings = settings;
        this.watchdog = new ConnectionWatchdog(settings.shortest());
    }

    /**
     * Sets the server up with {@code webSocket} as its WebSocket protocol and our selector as its
     * only one; {@code onBrokenProtocol} hears of each WebSocket ended for a framing error.
     */
    public WebServerConfig.Builder configure(WebServerConfig.Builder server, WsConfig webSocket, Consumer<WsSession> onBrokenProtocol) {
        PhaseListener phases = new PhaseListener();
        Http1Config http1 = Http1Config.builder().addReceiveListener(phases).addSendListener(phases).build();
        Http1ConnectionSelector selector = Http1ConnectionSelector.builder()
                .config(http1)
                .addUpgrader(new GuardedWsUpgrader(WsUpgrader.create(webSocket), onBrokenProtocol))
                .build();
        // No discovered protocols: with no HTTP/1 protocol configured, Helidon adds no selector of its
        // own, so ours is the only candidate and receives each connection at once. The WebSocket
        // protocol stays listed because Helidon's WebSocket connection reads its settings from there.
        return server.protocolsDiscoverServices(false)
                .protocols(List.of(webSocket))
                .addConnectionSelector(new GuardedSelector(selector, settings, watchdog));
    }

    @Override
    public void close() {
        watchdog.close();
    }
}
