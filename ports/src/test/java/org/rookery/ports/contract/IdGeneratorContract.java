package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rookery.ports.out.IdGenerator;

/** What every {@link IdGenerator} must do. Extend it once per adapter. */
public abstract class IdGeneratorContract {

    protected abstract IdGenerator ids();

    @Test
    void ids_are_unique_across_threads_and_kinds() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        int threads = 4, each = 5_000;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        seen.add(ids().newGameId());
                        seen.add(ids().newEventId());
                    }
                }));
            }
            for (Future<?> f : done) f.get();
        }
        assertThat(seen).hasSize(threads * each * 2);
    }

    @Test
    void ids_are_short_visible_text() {
        assertThat(ids().newGameId()).matches("[\\x21-\\x7e]{1,64}");
        assertThat(ids().nextEventId()).matches("[\\x21-\\x7e]{1,64}");
    }
}
