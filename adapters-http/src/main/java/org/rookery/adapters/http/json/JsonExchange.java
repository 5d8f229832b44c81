package org.rookery.adapters.http.json;

import io.helidon.common.buffers.DataReader;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.rookery.adapters.http.problem.ApiProblemException;

/**
 * Reads JSON request bodies (refusing non-JSON content types with 415 and bodies over the limit
 * with 413, even when no length was announced) and writes JSON answers. Thread-safe.
 */
public final class JsonExchange {
    /** At most this much of a refused body is read and dropped so that the client gets its 413 (see {@link #discardRest}). */
    public static final long MAX_DISCARDED_BYTES = 1 << 20;
    private final Json json;
    private final long maxBodyBytes;

    public JsonExchange(Json json, long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    public <T> T read(ServerRequest req, Class<T> type) {
        Optional<HttpMediaType> contentType = req.headers().contentType();
        if (contentType.isPresent() && !isJson(contentType.get())) {
            throw new ApiProblemException(415, "unsupported_media_type", "the body must be application/json, not " + contentType.get().text());
        }
        return json.read(body(req), type);
    }

    /**
     * The body's bytes, at most {@code maxBodyBytes} of them. A client that goes away in the middle
     * of its body is no server error: the connection is closed quietly (nothing is answered, logged
     * above DEBUG or counted).
     */
    public byte[] body(ServerRequest req) {
        if (!req.content().hasEntity()) return new byte[0];
        boolean announcedTooLarge = req.headers().contentLength().orElse(0) > maxBodyBytes;
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = announcedTooLarge ? new byte[0] : in.readNBytes((int) maxBodyBytes + 1);
            if (announcedTooLarge || bytes.length > maxBodyBytes) {
                discardRest(in);
                throw ApiProblemException.payloadTooLarge(maxBodyBytes);
            }
            return bytes;
        } catch (IOException | UncheckedIOException | DataReader.InsufficientDataAvailableException e) {
            throw new CloseConnectionException("the client went away in the middle of its request body", e);
        }
    }

    /**
     * Reads and drops what is left of a refused body, up to {@link #MAX_DISCARDED_BYTES}. A client that
     * sends its whole body before reading the answer (as most do) would otherwise have the connection
     * closed under it with the body unread, and the kernel's reset would often destroy the 413 on its
     * way. A larger remainder is not read: the server closes that connection instead.
     */
    private static void discardRest(InputStream in) throws IOException {
        byte[] sink = new byte[8192];
        long left = MAX_DISCARDED_BYTES;
        for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) left -= n;
    }

    public void send(ServerResponse res, int status, Object value) {
        res.status(Status.create(status));
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(json.write(value));
    }

    public Json json() {
        return json;
    }

    /** The client's IP address as the socket sees it (proxies are not trusted). */
    public static String clientIp(ServerRequest req) {
        return req.remotePeer().address() instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress()
                : req.remotePeer().host();
    }

    private static boolean isJson(HttpMediaType type) {
        String subtype = type.mediaType().subtype();
        return type.mediaType().type().equals("application") && (subtype.equals("json") || subtype.endsWith("+json"));
    }
}
