package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.ports.contract.MatchNotifierContract;
import org.rookery.ports.out.notice.MatchNotice;
import org.rookery.ports.out.MatchNotifier;

class InMemoryMatchNotifierTest extends MatchNotifierContract {
    @Override
    protected MatchNotifier newNotifier() {
        return new InMemoryMatchNotifier();
    }

    @Test
    void only_the_most_recently_notified_users_have_a_notice_kept() {
        InMemoryMatchNotifier small = new InMemoryMatchNotifier(2);
        for (String user : List.of("a", "b", "c")) small.notify(user, new MatchNotice.MatchCancelled("m-" + user, "x"));
        List<MatchNotice> seenByA = new ArrayList<>(), seenByC = new ArrayList<>();
        small.subscribe("a", seenByA::add);
        small.subscribe("c", seenByC::add);
        assertThat(seenByA).isEmpty();
        assertThat(seenByC).hasSize(1);
    }
}
