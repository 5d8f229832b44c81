package org.rookery.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays many games at once against a running server over loopback: per game two guests, one
 * REST creation (timed) and join, two WebSockets, then knight shuffles (Nf3 Nf6 Ng1 Ng8 …) until
 * the fivefold repetition ends the game, and again. A move's latency runs from sending its frame
 * to receiving its ack (the move is durable). Prints throughput and percentiles.
 * Run: {@code LoadGenerator BASE_URL GAMES SECONDS [WARMUP_SECONDS]}.
 */
public final class LoadGenerator {
    /** Both knights out and back: the start position recurs every 8 plies, so fivefold repetition ends the game at ply 32. */
    private static final String[] CYCLE = {"g1f3", "g8f6", "b1c3", "b8c6", "f3g1", "f6g8", "c3b1", "c6b8"};
    private static final int PLIES = 32;
    private final URI base;
    /** Several clients: one JDK client's selector thread would be the bottleneck, not the server. */
    private final HttpClient[] clients = new HttpClient[Math.max(1, Runtime.getRuntime().availableProcessors() * 2)];
    private final AtomicLong nextClient = new AtomicLong();
    private final long measureFrom;
    private final long deadline;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong gamesFinished = new AtomicLong();

    /** One worker's samples, merged at the end. */
    private static final class Samples {
        long[] moves = new long[1 << 14];
        int moveCount;
        final List<Long> creations = new ArrayList<>();

        void move(long nanos) {
            if (moveCount == moves.length) moves = Arrays.copyOf(moves, moveCount * 2);
            moves[moveCount++] = nanos;
        }
    }

    private LoadGenerator(URI base, long measureFrom, long deadline) {
        this.base = base;
        this.measureFrom = measureFrom;
        this.deadline = deadline;
        for (int i = 0; i < clients.length; i++) clients[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpClient http() {
        return clients[(int) (nextClient.getAndIncrement() % clients.length)];
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int games = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        long now = System.nanoTime();
        LoadGenerator load = new LoadGenerator(base, now + TimeUnit.SECONDS.toNanos(warmup), now + TimeUnit.SECONDS.toNanos(warmup + seconds));
        List<Samples> all = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(games);
        for (int i = 0; i < games; i++) {
            Samples samples = new Samples();
            all.add(samples);
            Thread.ofVirtual().start(() -> {
                try {
                    load.worker(samples);
                } catch (Exception e) {
                    load.errors.incrementAndGet();
                    System.err.println("worker failed: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long[] moves = all.stream().flatMapToLong(s -> Arrays.stream(s.moves, 0, s.moveCount)).sorted().toArray();
        long[] creations = all.stream().flatMap(s -> s.creations.stream()).mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("concurrent games %d, measured %d s after %d s warm-up%n", games, seconds, warmup);
        System.out.printf("moves: %d acknowledged, %.0f moves/s; latency ms p50 %.2f p95 %.2f p99 %.2f max %.2f%n", moves.length,
                moves.length / (double) seconds, pct(moves, 50), pct(moves, 95), pct(moves, 99), pct(moves, 100));
        System.out.printf("game creation: %d; latency ms p50 %.2f p95 %.2f p99 %.2f max %.2f%n", creations.length,
                pct(creations, 50), pct(creations, 95), pct(creations, 99), pct(creations, 100));
        System.out.printf("games finished %d, errors %d%n", load.gamesFinished.get(), load.errors.get());
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private void worker(Samples samples) throws Exception {
        String white = token(), black = token();
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            String created = post("/v1/games", white, "{\"timeControl\":{\"initialMs\":3600000,\"incrementMs\":0},\"color\":\"white\"}");
            long t1 = System.nanoTime();
            if (t0 >= measureFrom) samples.creations.add(t1 - t0);
            String gameId = field(created, "gameId");
            post("/v1/games/" + gameId + "/join", black, null);
            Player w = new Player(), b = new Player();
            WebSocket ws = connect(gameId, white, w), bs = connect(gameId, black, b);
            w.snapshot.get(10, TimeUnit.SECONDS);
            b.snapshot.get(10, TimeUnit.SECONDS);
            for (int ply = 0; ply < PLIES && System.nanoTime() < deadline; ply++) {
                Player mover = ply % 2 == 0 ? w : b;
                WebSocket socket = ply % 2 == 0 ? ws : bs;
                String moveId = gameId.substring(0, 8) + "-" + ply;
                CompletableFuture<Boolean> ack = new CompletableFuture<>();
                mover.acks.put(moveId, ack);
                long sent = System.nanoTime();
                socket.sendText("{\"type\":\"move\",\"moveId\":\"" + moveId + "\",\"ply\":" + ply + ",\"uci\":\"" + CYCLE[ply % CYCLE.length] + "\"}", true).join();
                if (!ack.get(10, TimeUnit.SECONDS)) {
                    errors.incrementAndGet();
                    break; // the game is not where we think: start another
                }
                long took = System.nanoTime() - sent;
                if (sent >= measureFrom && System.nanoTime() <= deadline) samples.move(took);
                if (ply == PLIES - 1) gamesFinished.incrementAndGet();
            }
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
            bs.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }

    /** One player's socket: completes the snapshot and acks (false for an error frame). */
    private static final class Player implements WebSocket.Listener {
        final CompletableFuture<Boolean> snapshot = new CompletableFuture<>();
        final ConcurrentHashMap<String, CompletableFuture<Boolean>> acks = new ConcurrentHashMap<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String frame = text.toString();
                text.setLength(0);
                if (frame.startsWith("{\"type\":\"snapshot\"")) snapshot.complete(true);
                else if (frame.startsWith("{\"type\":\"ack\"")) complete(field(frame, "moveId"), true);
                else if (frame.startsWith("{\"type\":\"error\"")) {
                    System.err.println("error frame: " + frame);
                    if (frame.contains("\"moveId\"")) complete(field(frame, "moveId"), false);
                }
            }
            ws.request(1);
            return null;
        }

        private void complete(String moveId, boolean ok) {
            CompletableFuture<Boolean> f = acks.remove(moveId);
            if (f != null) f.complete(ok);
        }
    }

    private WebSocket connect(String gameId, String token, Player player) {
        String ws = base.toString().replaceFirst("^http", "ws").replaceAll("/$", "");
        return http().newWebSocketBuilder().buildAsync(URI.create(ws + "/ws/games/" + gameId + "?token=" + token), player).join();
    }

    private String token() throws Exception {
        return field(post("/v1/auth/guest", null, null), "token");
    }

    private String post(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) b.header("Content-Type", "application/json");
        HttpResponse<String> r = http().send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"");
        if (at < 0) throw new IllegalStateException("no " + name + " in " + json);
        at += name.length() + 4;
        return json.substring(at, json.indexOf('"', at));
    }
}
