package org.rookery.load;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

/**
 * A bare Helidon WebSocket server that echoes text frames on {@code /echo}: the baseline the
 * idle-connection cost of Rookery's endpoint is compared with. Run: {@code EchoServer PORT}.
 */
public final class EchoServer {
    private EchoServer() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8090;
        WebServer server = WebServer.builder().port(port)
                .addRouting(WsRouting.builder().endpoint("/echo", new WsListener() {
                    @Override
                    public void onMessage(WsSession session, String text, boolean last) {
                        session.send(text, last);
                    }
                }))
                .build().start();
        System.out.println("echo server on port " + server.port());
        Thread.currentThread().join();
    }
}
