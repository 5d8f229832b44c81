package org.rookery.adapters.uci;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.rookery.adapters.uci.EnginePoolListener.Replacement;
import org.rookery.domain.chess.Position;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineUnavailableException;

/**
 * The UCI driver for one engine process: the {@code uci}/{@code isready} handshake, the options
 * it advertised ({@code Threads}, {@code Hash}, strength, {@code UCI_Chess960}, each set only when
 * offered and changed), {@code ucinewgame} when a request does not continue the previous game,
 * then {@code position} and {@code go}, reading {@code info} lines until {@code bestmove}. A search
 * is told to {@code stop} a grace period before its deadline; an engine still silent at the
 * deadline counts as hung. Used by one thread at a time, except {@link #kill()}.
 */
final class UciEngine implements AutoCloseable {
    private static final long POLL_NANOS = 50_000_000;
    private final UciProcess process;
    private final String name;
    private final UciOptions options;
    private final long stopGraceNanos;
    private final Map<String, String> applied = new HashMap<>();
    private AnalysisRequest previous;

    private UciEngine(UciProcess process, String name, UciOptions options, Duration stopGrace) {
        this.process = process;
        this.name = name;
        this.options = options;
        this.stopGraceNanos = stopGrace.toNanos();
    }

    /**
     * Starts the engine and completes the handshake by the start timeout.
     *
     * @throws EngineProcessException START_FAILED when it cannot start or does not finish the handshake in time
     * @throws InterruptedException when the pool closes meanwhile (the process is killed)
     */
    static UciEngine start(EngineCommand command, int threads, int hashMb, Duration startTimeout, Duration stopGrace)
            throws InterruptedException {
        UciProcess process = UciProcess.start(command);
        try {
            long deadline = System.nanoTime() + startTimeout.toNanos();
            UciOptions options = new UciOptions();
            String[] name = {command.name() + " (" + process.pid() + ")"};
            process.send("uci");
            readUntil(process, "uciok", deadline, line -> {
                if (line.startsWith("id name ")) name[0] = line.substring("id name ".length()).trim() + " (" + process.pid() + ")";
                options.read(line);
            });
            UciEngine engine = new UciEngine(process, name[0], options, stopGrace);
            options.spin("Threads").ifPresent(o -> engine.setOption(o.name(), Long.toString(o.clamp(threads))));
            options.spin("Hash").ifPresent(o -> engine.setOption(o.name(), Long.toString(o.clamp(hashMb))));
            engine.synchronize(deadline);
            return engine;
        } catch (EngineProcessException e) {
            process.kill();
            throw new EngineProcessException(Replacement.START_FAILED, command.name() + " did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.kill();
            throw e;
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Searches the request's position and answers by {@code deadlineNanos} ({@link System#nanoTime()}),
     * earlier with the best move so far if {@code cancelled} turns true.
     *
     * @throws EngineProcessException when the engine crashes, hangs or answers an illegal move
     * @throws EngineUnavailableException when the engine cannot play this position (Chess960 without support)
     */
    Analysis search(AnalysisRequest request, long deadlineNanos, BooleanSupplier cancelled) throws InterruptedException {
        Position position = request.position();
        prepare(request, position, deadlineNanos);
        long stopAt = deadlineNanos - stopGraceNanos;
        process.send(UciCommands.position(request));
        process.send(UciCommands.go(request.limits(), (stopAt - System.nanoTime()) / 1_000_000));
        EngineAnswer answer = new EngineAnswer(name, position);
        boolean stopSent = false;
        while (true) {
            long now = System.nanoTime();
            if (!stopSent && (now >= stopAt || cancelled.getAsBoolean())) {
                process.send("stop");
                stopSent = true;
            }
            if (now >= deadlineNanos) {
                throw new EngineProcessException(Replacement.HUNG, name + " sent no bestmove by the deadline, " + stopGraceNanos / 1_000_000 + " ms after stop");
            }
            String line = process.nextLine(Math.min(deadlineNanos, Math.min(stopSent ? deadlineNanos : stopAt, now + POLL_NANOS)));
            if (line == null) continue;
            if (line.startsWith("bestmove")) return answer.finish(line);
            answer.read(line);
        }
    }

    /** Kills the process at once; any thread may call it. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }

    private void prepare(AnalysisRequest request, Position position, long deadlineNanos) throws InterruptedException {
        boolean changed = false;
        for (Map.Entry<String, String> option : StrengthOptions.wanted(request.strength(), options).entrySet()) {
            changed |= setOption(option.getKey(), option.getValue());
        }
        var chess960 = options.find("UCI_Chess960").filter(o -> o.type().equals("check"));
        if (chess960.isPresent()) changed |= setOption(chess960.get().name(), Boolean.toString(position.isChess960()));
        else if (position.isChess960()) throw new EngineUnavailableException(name + " does not play Chess960");
        boolean newGame = previous == null || !continues(previous, request);
        if (newGame) process.send("ucinewgame");
        previous = request;
        if (changed || newGame) synchronize(deadlineNanos);
    }

    /** Sends {@code setoption} when the value differs from what the engine already has; says whether it did. */
    private boolean setOption(String option, String value) {
        String key = option.toLowerCase(Locale.ROOT);
        if (value.equals(applied.get(key))) return false;
        process.send("setoption name " + option + " value " + value);
        applied.put(key, value);
        return true;
    }

    private void synchronize(long deadlineNanos) throws InterruptedException {
        process.send("isready");
        readUntil(process, "readyok", deadlineNanos, line -> { });
    }

    private static boolean continues(AnalysisRequest before, AnalysisRequest now) {
        return before.fen().equals(now.fen()) && now.moves().size() >= before.moves().size()
                && now.moves().subList(0, before.moves().size()).equals(before.moves());
    }

    private static void readUntil(UciProcess process, String expected, long deadlineNanos, Consumer<String> other) throws InterruptedException {
        while (true) {
            String line = process.nextLine(deadlineNanos);
            if (line == null) throw new EngineProcessException(Replacement.HUNG, "engine " + process.pid() + " sent no " + expected + " in time");
            if (line.trim().equals(expected)) return;
            other.accept(line);
        }
    }
}
