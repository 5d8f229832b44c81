package org.rookery.adapters.http.usecase;

import java.util.Objects;
import org.rookery.ports.in.AnalyzePositionUseCase;
import org.rookery.ports.in.ChallengeBotUseCase;

/** The use cases of playing the computer that the HTTP adapter drives: games against a bot, and analyses of positions. Immutable. */
public record ComputerApi(ChallengeBotUseCase challenge, AnalyzePositionUseCase analysis) {
    public ComputerApi {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(analysis, "analysis");
    }
}
