package org.rookery.adapters.http.sse;

import io.helidon.common.buffers.DataReader;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import java.io.UncheckedIOException;

/**
 * Runs one SSE stream to its end. A stream ends in one of three ordinary ways, none of them an
 * error to report: the body says it is over, the client goes away (the next write fails), or the
 * server stops (the stream's thread is interrupted). Such ends are logged at DEBUG only, so that
 * clients coming and going cannot fill the log. Stateless.
 */
final class SseStreams {
    private static final System.Logger LOG = System.getLogger(SseStreams.class.getName());

    /** The body of a stream: emits to the sink until it returns. */
    interface Body {
        void emit(SseSink sink) throws InterruptedException;
    }

    private SseStreams() {}

    static void run(ServerResponse res, Body body) {
        try (SseSink sink = res.sink(SseSink.TYPE)) {
            body.emit(sink);
        } catch (UncheckedIOException | CloseConnectionException | DataReader.InsufficientDataAvailableException clientLeft) {
            LOG.log(System.Logger.Level.DEBUG, "an SSE client went away", clientLeft);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt(); // the server stops: the stream simply ends
        }
    }
}
