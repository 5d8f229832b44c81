package org.rookery.domain.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.TimeControl;

class PoolLineTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final MatchPool BLITZ = MatchPool.rated(TimeControl.of(3, 2));

    private final PoolLine line = new PoolLine();

    private static PlayerCard card(int i) {
        return new PlayerCard(new PlayerId("p" + i));
    }

    private static QueueEntry entry(PlayerCard card, double rating, Instant joinedAt) {
        return new QueueEntry(card.id(), BLITZ, rating, joinedAt);
    }

    @Test
    void keeps_players_in_join_order_with_their_rating_and_join_instant() {
        PlayerCard a = card(1);
        PlayerCard b = card(2);
        line.add(a, entry(a, 1500, T0));
        line.add(b, entry(b, 1400, T0.plusNanos(1_500_000_001)));

        assertThat(line.length()).isEqualTo(2);
        assertThat(line.card(1)).isSameAs(b);
        assertThat(line.ratings()[1]).isEqualTo(1400);
        assertThat(line.joinedSecond(1)).isEqualTo(T0.getEpochSecond() + 1);
        assertThat(line.joinedNano(1)).isEqualTo(500_000_001);
        assertThat(b.line()).isSameAs(line);
        assertThat(b.position()).isEqualTo(1);
        assertThat(b.entry()).isEqualTo(entry(b, 1400, T0.plusNanos(1_500_000_001)));
    }

    @Test
    void a_wave_takes_players_out_leaving_holes_until_it_closes_them() {
        List<PlayerCard> cards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            PlayerCard card = card(i);
            cards.add(card);
            line.add(card, entry(card, 1000 + i, T0.plusSeconds(i)));
        }

        line.take(cards.get(2));
        line.take(cards.get(7));

        assertThat(line.waiting()).isEqualTo(8);
        assertThat(line.length()).as("holes stay until closed").isEqualTo(10);
        assertThat(cards.get(2).waiting()).isFalse();

        line.closeHoles();

        assertThat(line.length()).isEqualTo(8);
        for (int position = 0; position < 8; position++) {
            PlayerCard card = line.card(position);
            assertThat(card.position()).isEqualTo(position);
            assertThat(line.ratings()[position]).isEqualTo(card.entry().rating());
            assertThat(line.joinedSecond(position)).isEqualTo(card.entry().joinedAt().getEpochSecond());
        }
        assertThat(line.entries()).extracting(QueueEntry::rating)
                .containsExactly(1000.0, 1001.0, 1003.0, 1004.0, 1005.0, 1006.0, 1008.0, 1009.0);
    }

    /** Random joins and leaves against a plain list: order, positions and the parallel arrays always agree. */
    @Test
    void stays_in_join_order_through_any_mix_of_joins_and_leaves() {
        var random = new SplittableRandom(99);
        List<PlayerCard> expected = new ArrayList<>();
        int next = 0;
        for (int step = 0; step < 20_000; step++) {
            boolean join = expected.isEmpty() || random.nextInt(100) < (step < 10_000 ? 60 : 35);
            if (join) {
                PlayerCard card = card(next);
                line.add(card, entry(card, random.nextInt(800, 2800), T0.plusMillis(next)));
                expected.add(card);
                next++;
            } else {
                PlayerCard leaving = expected.remove(random.nextInt(expected.size()));
                line.remove(leaving);
                assertThat(leaving.waiting()).isFalse();
            }
            assertThat(line.waiting()).isEqualTo(expected.size());
        }

        assertThat(line.entries()).containsExactlyElementsOf(expected.stream().map(PlayerCard::entry).toList());
        for (int position = 0; position < line.length(); position++) {
            PlayerCard card = line.card(position);
            assertThat(card.position()).isEqualTo(position);
            assertThat(line.ratings()[position]).isEqualTo(card.entry().rating());
            assertThat(line.joinedNano(position)).isEqualTo(card.entry().joinedAt().getNano());
        }
    }

    @Test
    void empties_and_fills_again_after_a_wave_took_everyone() {
        List<PlayerCard> cards = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            PlayerCard card = card(i);
            cards.add(card);
            line.add(card, entry(card, 1500, T0));
        }
        cards.forEach(line::take);
        line.closeHoles();

        assertThat(line.isEmpty()).isTrue();
        assertThat(line.length()).isZero();

        PlayerCard late = card(5_000);
        line.add(late, entry(late, 1700, T0.plusSeconds(5)));
        assertThat(line.entries()).containsExactly(late.entry());
        assertThat(late.position()).isZero();
    }
}
