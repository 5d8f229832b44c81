import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rookery.domain.knowledge.endgame.Ending;
import org.rookery.domain.knowledge.endgame.Tablebase;
import org.rookery.domain.knowledge.endgame.internal.Table;
import org.rookery.domain.knowledge.endgame.internal.TableLibrary;

/**
 * Solves every standard ending into an empty folder, each after the endings it depends on so
 * that each time is that ending's alone, and prints one markdown row per ending: generation time,
 * numbered and legal positions, file size, longest mates and outcome counts
 * (scripts/knowledge/tablebase-figures.sh runs it).
 *
 * Usage: java -Xmx1g -cp domain/target/classes TablebaseFigures.java FOLDER [ENDING,...]
 */
public final class TablebaseFigures {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Set<Ending> wanted = args.length > 1 ? parse(args[1]) : Tablebase.standardEndings();
        TableLibrary library = new TableLibrary(folder);
        System.out.println("| ending | solve (s) | numbered positions | legal positions | file (bytes) | longest win, White to move | longest win, Black to move | wins / draws / losses |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        double total = 0;
        long bytes = 0;
        for (Ending ending : inDependencyOrder(wanted)) {
            long started = System.nanoTime();
            Table table = library.table(ending);
            double seconds = (System.nanoTime() - started) / 1e9;
            total += seconds;
            long size = Files.size(folder.resolve(ending.name() + ".rtb"));
            bytes += size;
            long[] outcomes = table.outcomeCounts();
            System.out.printf("| %s | %.1f | %,d | %,d | %,d | %s | %s | %,d / %,d / %,d |%n", ending, seconds, table.size(),
                    outcomes[0] + outcomes[1] + outcomes[2], size, moves(table.longestWinPlies(true)),
                    moves(table.longestWinPlies(false)), outcomes[0], outcomes[1], outcomes[2]);
        }
        System.out.printf("%nall: %.1f s, %,d bytes on disk, max heap %d MB%n", total, bytes, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String moves(int plies) {
        return plies < 0 ? "—" : (plies + 1) / 2 + " (" + plies + " plies)";
    }

    private static Set<Ending> parse(String names) {
        Set<Ending> endings = new LinkedHashSet<>();
        for (String name : names.split(",")) endings.add(Ending.of(name).canonical());
        return endings;
    }

    /** Each ending after those it depends on (its successors, recursively). */
    private static List<Ending> inDependencyOrder(Set<Ending> endings) {
        List<Ending> order = new ArrayList<>();
        for (Ending e : endings) visit(e, order);
        return order;
    }

    private static void visit(Ending ending, List<Ending> order) {
        if (order.contains(ending)) return;
        for (Ending next : ending.successors()) visit(next, order);
        order.add(ending);
    }
}
