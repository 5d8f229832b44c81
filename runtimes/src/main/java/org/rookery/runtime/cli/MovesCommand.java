package org.rookery.runtime.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;

/**
 * {@code moves [--fen FEN]}: the legal moves in UCI, one per line, sorted (the start position when no
 * FEN is given). Stateless, so thread-safe.
 */
final class MovesCommand implements Command {
    @Override
    public String usage() {
        return "moves [--fen FEN]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a = Arguments.parse(args, Set.of("--fen"), Set.of());
        if (!a.positionals().isEmpty()) throw new UsageException("unexpected argument '" + a.positionals().getFirst() + "'");
        Position position = Position.fromFen(a.value("--fen", Position.STANDARD_START));
        Arrays.stream(position.legalMoves()).mapToObj(m -> Uci.format(position, m)).sorted().forEach(out::println);
        return OK;
    }
}
