package org.rookery.adapters.uci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.adapters.uci.EnginePoolListener.Outcome;
import org.rookery.adapters.uci.EnginePoolListener.Replacement;
import org.rookery.domain.chess.Position;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineTimeoutException;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;

/** Engines that hang, crash, cheat or never start, played by the fake engine script. */
@Timeout(60)
class EnginePoolFaultTest {
    private static final Duration TIMEOUT = Duration.ofMillis(1_500);
    /** Deadlines are honoured within this: the stop grace, the kill and a loaded machine's delays. */
    private static final Duration SLACK = Duration.ofSeconds(3);
    private final EnginePoolCounters counters = new EnginePoolCounters();
    private UciPositionAnalyst pool;

    @AfterEach
    void close_the_pool() {
        if (pool != null) pool.close();
    }

    @Test
    void an_engine_that_never_answers_costs_the_request_its_deadline_and_nothing_more_and_is_replaced() {
        pool = UciPositionAnalyst.start(InstalledEngines.pool(InstalledEngines.fake("hang"), 1), counters);
        Eventually.await(Duration.ofSeconds(10), () -> fakeEngines().size() == 1, "the engine to start");
        long hung = fakeEngines().getFirst().pid();
        long started = System.nanoTime();
        assertThatThrownBy(() -> pool.analyze(request(SearchLimits.movetime(200))))
                .isInstanceOf(EngineTimeoutException.class)
                .hasMessageContaining("no bestmove");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plus(SLACK));
        assertThat(counters.finishedCount(SlaTier.CRITICAL, Outcome.TIMED_OUT)).isEqualTo(1);
        awaitReplacements(Replacement.HUNG, 1);
        Eventually.await(Duration.ofSeconds(10), () -> fakeEngines().size() == 1 && fakeEngines().getFirst().pid() != hung, "a new engine process");
    }

    @Test
    void an_illegal_move_is_never_passed_on_and_the_engine_is_replaced() {
        pool = UciPositionAnalyst.start(InstalledEngines.pool(InstalledEngines.fake("illegal"), 1), counters);
        assertThatThrownBy(() -> pool.analyze(request(SearchLimits.depth(3))))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("bestmove e2e5")
                .hasMessageContaining("which our rules refuse");
        awaitReplacements(Replacement.MISBEHAVED, 2); // tried once more on a new process
    }

    @Test
    void an_engine_that_crashes_on_every_search_gives_a_typed_error_after_one_retry() {
        pool = UciPositionAnalyst.start(InstalledEngines.pool(InstalledEngines.fake("crash"), 1), counters);
        assertThatThrownBy(() -> pool.analyze(request(SearchLimits.depth(3))))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("exited with status 3");
        awaitReplacements(Replacement.CRASHED, 2);
    }

    @Test
    void an_engine_that_never_finishes_its_handshake_fails_requests_fast_until_it_is_tried_again() {
        EnginePoolSettings settings = InstalledEngines.pool(InstalledEngines.fake("mute"), 1)
                .withTimings(Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofSeconds(30));
        pool = UciPositionAnalyst.start(settings, counters);
        Eventually.await(Duration.ofSeconds(10), () -> counters.replacementCount(Replacement.START_FAILED) >= 1, "the first start to fail");
        assertThatThrownBy(() -> pool.analyze(request(SearchLimits.depth(3))))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("sent no uciok in time; next attempt in");
        assertThat(fakeEngines()).as("the mute process was killed").isEmpty();
    }

    @Test
    void a_missing_executable_is_reported_as_unavailable() {
        pool = UciPositionAnalyst.start(InstalledEngines.pool(EngineCommand.of("/nonexistent/engine"), 1), counters);
        assertThatThrownBy(() -> pool.analyze(request(SearchLimits.depth(3))))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("/nonexistent/engine");
    }

    @Test
    void after_a_hang_the_replacement_engine_answers_the_next_request() {
        pool = UciPositionAnalyst.start(InstalledEngines.pool(InstalledEngines.fake("obedient"), 1), counters);
        Analysis first = pool.analyze(request(SearchLimits.depth(1)));
        assertThat(first.bestMove()).isEqualTo("e2e4");
        assertThat(first.pv()).containsExactly("e2e4", "e7e5");
        long before = fakeEngines().getFirst().pid();
        fakeEngines().getFirst().destroyForcibly(); // dies while idle: the next request finds out
        Analysis second = pool.analyze(request(SearchLimits.depth(1)));
        assertThat(second.bestMove()).isEqualTo("e2e4");
        assertThat(counters.replacementCount(Replacement.CRASHED)).isEqualTo(1);
        assertThat(fakeEngines()).extracting(ProcessHandle::pid).doesNotContain(before);
    }

    @Test
    void a_search_without_a_time_limit_is_stopped_before_its_deadline_and_answers() {
        pool = UciPositionAnalyst.start(InstalledEngines.pool(InstalledEngines.fake("obedient"), 1), counters);
        Analysis analysis = pool.analyze(request(SearchLimits.depth(30)));
        assertThat(analysis.bestMove()).isEqualTo("e2e4");
        assertThat(counters.replacementCount(Replacement.HUNG)).isZero();
    }

    private void awaitReplacements(Replacement reason, long count) {
        Eventually.await(Duration.ofSeconds(10), () -> counters.replacementCount(reason) >= count, count + " replacements (" + reason + ")");
        assertThat(counters.replacementCount(reason)).isEqualTo(count);
    }

    static AnalysisRequest request(SearchLimits limits) {
        return AnalysisRequest.of(Position.STANDARD_START, List.of(), limits, SlaTier.CRITICAL, TIMEOUT);
    }

    /** The fake engine processes this JVM runs now. */
    static List<ProcessHandle> fakeEngines() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && p.info().arguments().map(a -> String.join(" ", a).contains("fake-uci-engine")).orElse(false))
                .toList();
    }
}
