package org.rookery.adapters.uci;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.adapters.uci.EnginePoolListener.Replacement;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;

/** A real Stockfish killed in the middle of a search: the request is answered by its replacement within budget. */
@Timeout(60)
class StockfishCrashTest {
    private final EnginePoolCounters counters = new EnginePoolCounters();
    private UciPositionAnalyst pool;

    @AfterEach
    void close_the_pool() {
        if (pool != null) pool.close();
    }

    @Test
    void a_search_whose_engine_is_killed_is_retried_on_a_new_engine_within_its_budget() throws Exception {
        pool = UciPositionAnalyst.start(InstalledEngines.pool(InstalledEngines.stockfish(), 1), counters);
        Eventually.await(Duration.ofSeconds(10), () -> stockfishes().size() == 1, "Stockfish to start");
        ProcessHandle first = stockfishes().getFirst();
        List<String> moves = List.of("e2e4", "c7c5", "g1f3");
        AnalysisRequest request = AnalysisRequest.of(Position.STANDARD_START, moves, SearchLimits.movetime(1_500), SlaTier.CRITICAL, Duration.ofSeconds(8));
        CompletableFuture<Analysis> answer = CompletableFuture.supplyAsync(() -> pool.analyze(request));
        Eventually.await(Duration.ofSeconds(10), () -> counters.startedCount(SlaTier.CRITICAL) == 1, "the search to start");
        first.destroyForcibly();

        Analysis analysis = answer.get(20, TimeUnit.SECONDS);
        Position after = request.position();
        Uci.parse(after, analysis.bestMove());
        assertThat(counters.replacementCount(Replacement.CRASHED)).isEqualTo(1);
        assertThat(stockfishes()).extracting(ProcessHandle::pid).hasSize(1).doesNotContain(first.pid());
    }

    private static List<ProcessHandle> stockfishes() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && p.info().command().map(c -> c.endsWith("stockfish")).orElse(false))
                .toList();
    }
}
