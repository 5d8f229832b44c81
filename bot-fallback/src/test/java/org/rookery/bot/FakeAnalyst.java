package org.rookery.bot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.Score;

/** An engine port whose behaviour a test sets: answer, fail, hang until interrupted, cheat. Records what it was asked. Thread-safe. */
final class FakeAnalyst implements PositionAnalyst {
    final List<AnalysisRequest> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger interrupted = new AtomicInteger();
    private volatile Function<AnalysisRequest, Analysis> behaviour;

    private FakeAnalyst(Function<AnalysisRequest, Analysis> behaviour) {
        this.behaviour = behaviour;
    }

    /** Answers with this move whatever the position (tests pick positions where it is legal). */
    static FakeAnalyst answering(String uci) {
        return new FakeAnalyst(request -> new Analysis(uci, new Score.Centipawns(20, Score.Bound.EXACT), 5, List.of(uci)));
    }

    static FakeAnalyst failing() {
        return new FakeAnalyst(request -> {
            throw new EngineUnavailableException("every engine is dead");
        });
    }

    /** Never answers; counts the calls its caller gave up on by interrupting it. */
    static FakeAnalyst hanging() {
        FakeAnalyst fake = new FakeAnalyst(null);
        fake.behaviour = request -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                fake.interrupted.incrementAndGet();
            }
            throw new EngineUnavailableException("interrupted");
        };
        return fake;
    }

    void become(FakeAnalyst other) {
        behaviour = other.behaviour;
    }

    @Override
    public Analysis analyze(AnalysisRequest request) {
        requests.add(request);
        return behaviour.apply(request);
    }
}
