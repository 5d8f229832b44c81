package org.rookery.adapters.http.transport;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Headers;
import io.helidon.http.Status;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;

/**
 * Tells a connection's {@link ConnectionClock} what Helidon's HTTP/1 reader has read (headers:
 * a body follows or not) and written (an answer has begun, so any body is read). Registered as
 * both receive and send listener of the HTTP/1 protocol. Stateless, so thread-safe.
 */
final class PhaseListener implements Http1ConnectionListener {
    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        // called for received and sent headers alike: only requests carry Content-Length/chunked bodies we read
        if (ctx instanceof ClockedContext clocked && clocked.clock().phase() == ConnectionClock.Phase.HEADERS) {
            boolean body = headers.contains(HeaderValues.TRANSFER_ENCODING_CHUNKED)
                    || headers.contains(HeaderNames.CONTENT_LENGTH) && !headers.contains(HeaderValues.CONTENT_LENGTH_ZERO);
            clocked.clock().headersRead(body, System.nanoTime());
        }
    }

    @Override
    public void status(ConnectionContext ctx, Status status) {
        if (ctx instanceof ClockedContext clocked) clocked.clock().answering(System.nanoTime());
    }
}
