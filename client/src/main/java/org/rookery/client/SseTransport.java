package org.rookery.client;

import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live game over Server-Sent Events ({@code GET /v1/games/{id}/events}, resuming with
 * {@code Last-Event-ID}) for reading, and REST calls for moves, sent one after the other so they
 * keep their order; their answers come back as ack and error frames. A refusal of the stream
 * (401, 403, 404) ends it for good. Lines arrive one at a time from the JDK; {@link #send} is
 * called from the connection thread.
 */
final class SseTransport implements Transport, Flow.Subscriber<String> {
    private static final System.Logger LOG = System.getLogger(SseTransport.class.getName());
    private final HttpExchange http;
    private final String gameId;
    private final SseFrames frames;
    private final TransportListener listener;
    private final SseEventReader reader = new SseEventReader();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Flow.Subscription subscription;
    private volatile long lastHeard = System.nanoTime();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    private SseTransport(HttpExchange http, String gameId, TransportListener listener) {
        this.http = http;
        this.gameId = gameId;
        this.frames = new SseFrames(http.json());
        this.listener = listener;
    }

    /** Starts the stream after {@code lastSeq} (null: from a snapshot); the listener hears how it goes. */
    static void open(HttpExchange http, String gameId, Long lastSeq, String requestId, Duration timeout, TransportListener listener) {
        SseTransport transport = new SseTransport(http, gameId, listener);
        var request = http.request(RookeryClient.gamePath(gameId) + "/events", requestId).header("Accept", "text/event-stream").GET();
        if (lastSeq != null) request.header("Last-Event-ID", Long.toString(lastSeq));
        CompletableFuture<Void> headers = new CompletableFuture<>();
        http.http().sendAsync(request.build(), info -> {
            headers.complete(null);
            if (info.statusCode() == 200) {
                if (!transport.ended.get()) listener.opened(transport); // else it timed out: onSubscribe cancels the stream
                return BodySubscribers.fromLineSubscriber(transport);
            }
            return BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), body -> {
                transport.refused(info.statusCode(), body);
                return null;
            });
        }).whenComplete((response, failure) -> transport.end(false, failure == null ? "stream ended" : "stream failed: " + failure));
        headers.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ok, failure) -> { if (failure != null) transport.end(false, "no answer within " + timeout); });
    }

    @Override
    public TransportKind kind() {
        return TransportKind.SSE;
    }

    @Override
    public void send(MoveCommand move, String requestId) {
        sending = sending.thenCompose(previous -> http.callAsync("POST", RookeryClient.gamePath(gameId) + "/moves",
                RookeryClient.moveBody(move), MoveAnswer.class, requestId).handle((reply, failure) -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    if (cause == null) listener.frame(new ServerFrame.Ack(move.moveId(), reply.body().seq()));
                    else if (cause instanceof RookeryApiException refused) listener.frame(new ServerFrame.Error(
                            new ServerError(refused.code(), refused.detail(), move.moveId(), null)));
                    else end(false, "move not sent: " + cause); // resent with the same moveId on the next connection
                    return null;
                }));
    }

    @Override
    public void resume(long lastSeq) {
        // nothing to do: a stream that fell behind is ended by the server and resumed with Last-Event-ID
    }

    @Override
    public Duration silenceLimit(Duration heartbeat) {
        // a client cannot ping an event stream; the server writes a keep-alive comment every 15 s
        Duration threeComments = Duration.ofSeconds(45);
        Duration threeBeats = heartbeat.multipliedBy(3);
        return threeBeats.compareTo(threeComments) > 0 ? threeBeats : threeComments;
    }

    @Override
    public void ping() {
        // nothing a client can send on an event stream
    }

    @Override
    public long lastHeardNanos() {
        return lastHeard;
    }

    @Override
    public void close() {
        ended.set(true);
        Flow.Subscription s = subscription;
        if (s != null) s.cancel();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (ended.get()) s.cancel();
        else s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        lastHeard = System.nanoTime();
        if (ended.get()) return;
        reader.line(line).ifPresent(event -> {
            try {
                listener.frame(frames.read(event));
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "unreadable event from the server, ignored: " + event, e);
            }
        });
    }

    @Override
    public void onError(Throwable failure) {
        end(false, "stream failed: " + failure);
    }

    @Override
    public void onComplete() {
        end(false, "stream ended");
    }

    private void refused(int status, String body) {
        if (ended.get()) return;
        RookeryApiException problem = Problems.from(status, body, http.json(), null, null);
        listener.frame(new ServerFrame.Error(new ServerError(problem.code(), problem.detail(), null, null)));
        end(status == 401 || status == 403 || status == 404, "stream refused: " + status + " " + problem.code());
    }

    private void end(boolean permanent, String why) {
        if (ended.compareAndSet(false, true)) listener.ended(permanent, why);
    }
}
