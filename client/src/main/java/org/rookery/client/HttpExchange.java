package org.rookery.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Sends one REST call: the bearer token, a correlation id ({@code X-Request-ID}) and JSON body on
 * the way out; the decoded body, or a {@link RookeryApiException} built from the problem details,
 * on the way back. Immutable, so thread-safe; {@code with…} methods return changed copies.
 */
final class HttpExchange {
    private final URI base;
    private final HttpClient http;
    private final JsonCodec json;
    private final String token;
    private final Supplier<String> requestIds;
    private final Duration timeout;

    HttpExchange(URI base, HttpClient http, JsonCodec json, String token, Supplier<String> requestIds, Duration timeout) {
        this.base = base;
        this.http = http;
        this.json = json;
        this.token = token;
        this.requestIds = requestIds;
        this.timeout = timeout;
    }

    HttpExchange withToken(String newToken) {
        return new HttpExchange(base, http, json, newToken, requestIds, timeout);
    }

    HttpExchange withRequestIds(Supplier<String> ids) {
        return new HttpExchange(base, http, json, token, ids, timeout);
    }

    HttpExchange withTimeout(Duration newTimeout) {
        return new HttpExchange(base, http, json, token, requestIds, newTimeout);
    }

    URI base() {
        return base;
    }

    HttpClient http() {
        return http;
    }

    JsonCodec json() {
        return json;
    }

    String token() {
        return token;
    }

    String nextRequestId() {
        return RequestIds.require(requestIds.get());
    }

    /** A request to {@code path} with the token and {@code requestId}, no timeout (streams set none). */
    HttpRequest.Builder request(String path, String requestId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header(RequestIds.HEADER, requestId);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    /** A JSON call, answered with {@code type} decoded. */
    <T> Reply<T> call(String method, String path, Object body, Class<T> type) {
        return send(method, path, body, text -> json.read(text, type), nextRequestId());
    }

    /** A call answered with plain text (PGN). */
    Reply<String> text(String method, String path) {
        return send(method, path, null, text -> text, nextRequestId());
    }

    /** The asynchronous {@link #call}, with the caller's {@code requestId}; fails as {@link #call} throws. */
    <T> CompletableFuture<Reply<T>> callAsync(String method, String path, Object body, Class<T> type, String requestId) {
        return http.sendAsync(build(method, path, body, requestId), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    if (failure != null) throw transportFailure(unwrap(failure), requestId);
                    return decode(response, text -> json.read(text, type), requestId);
                });
    }

    private <T> Reply<T> send(String method, String path, Object body, Decoder<T> decoder, String requestId) {
        HttpRequest request = build(method, path, body, requestId);
        try {
            return decode(http.send(request, HttpResponse.BodyHandlers.ofString()), decoder, requestId);
        } catch (IOException e) {
            throw transportFailure(e, requestId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RookeryTransportException("interrupted while waiting for " + method + " " + path, requestId, e);
        }
    }

    private HttpRequest build(String method, String path, Object body, String requestId) {
        HttpRequest.Builder b = request(path, requestId).timeout(timeout).header("Accept", "application/json, application/problem+json");
        if (body == null) return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json.write(body))).build();
    }

    private <T> Reply<T> decode(HttpResponse<String> response, Decoder<T> decoder, String sentId) {
        String requestId = response.headers().firstValue(RequestIds.HEADER).orElse(sentId);
        if (response.statusCode() / 100 != 2) throw Problems.from(response, json, requestId);
        try {
            return new Reply<>(decoder.decode(response.body()), response.statusCode(), requestId);
        } catch (JsonProcessingException e) {
            throw new RookeryTransportException("unreadable answer to " + response.request().method() + " "
                    + response.request().uri().getPath() + ": " + e.getOriginalMessage(), requestId, e);
        }
    }

    private static RookeryTransportException transportFailure(Throwable e, String requestId) {
        String what = e instanceof HttpTimeoutException ? "no answer in time" : "connection failed: " + e;
        return new RookeryTransportException(what, requestId, e);
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /** Turns a body into a value. */
    private interface Decoder<T> {
        T decode(String text) throws JsonProcessingException;
    }
}
