package org.rookery.application.bot;

import java.util.Objects;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.AbortGameUseCase;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.BotChallenge;
import org.rookery.ports.in.ChallengeBotUseCase;
import org.rookery.ports.in.CreateGameUseCase;
import org.rookery.ports.in.answer.BotGame;
import org.rookery.ports.out.BotOpponents;
import org.rookery.ports.out.SeatedBot;

/**
 * Games against the computer: the player creates the game as anyone would (their colour, time
 * control and start position), then a bot of the level asked for takes the other colour through
 * {@link BotOpponents} and from then on plays by itself. A game the bot could not join (refused,
 * or the bots failed) is aborted by its creator, so that no game waits for an opponent who will
 * not come. Thread-safe.
 */
public final class BotChallengeService implements ChallengeBotUseCase {
    private static final System.Logger LOG = System.getLogger(BotChallengeService.class.getName());
    private final CreateGameUseCase create;
    private final AbortGameUseCase abort;
    private final BotOpponents bots;

    public BotChallengeService(CreateGameUseCase create, AbortGameUseCase abort, BotOpponents bots) {
        this.create = Objects.requireNonNull(create, "create");
        this.abort = Objects.requireNonNull(abort, "abort");
        this.bots = Objects.requireNonNull(bots, "bots");
    }

    @Override
    public Outcome<BotGame> challenge(Actor player, BotChallenge challenge) {
        return switch (create.create(player, challenge.setup())) {
            case Outcome.Rejected<GameView> refused -> refused.retype();
            case Outcome.Accepted<GameView>(GameView game) -> seatBot(player, game.gameId(), challenge.level());
        };
    }

    private Outcome<BotGame> seatBot(Actor player, String gameId, int level) {
        Outcome<SeatedBot> seated;
        try {
            seated = bots.seat(gameId, level, player.correlationId());
        } catch (RuntimeException e) {
            abandon(player, gameId, "the bots failed: " + e);
            throw e;
        }
        return switch (seated) {
            case Outcome.Accepted<SeatedBot>(SeatedBot bot) -> Outcome.accepted(new BotGame(bot.game(), bot.userId(), level, bot.engine()));
            case Outcome.Rejected<SeatedBot> refused -> {
                abandon(player, gameId, "the bot was refused: " + refused.reason().code());
                yield refused.retype();
            }
        };
    }

    /** Best effort: the game is new and waits, so its creator may abort it; if even that fails, the log says so. */
    private void abandon(Actor player, String gameId, String why) {
        LOG.log(System.Logger.Level.WARNING, "game {0}: no bot could join ({1}); aborting it", gameId, why);
        try {
            Outcome<GameView> aborted = abort.abort(gameId, player);
            if (aborted instanceof Outcome.Rejected<GameView> r) LOG.log(System.Logger.Level.WARNING, "game {0}: abort refused: {1}", gameId, r.message());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "game " + gameId + ": the abort failed too", e);
        }
    }
}
