package org.qianshou.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.system.search.NewItem;

/** Where a saved search's next digest continues from. */
class DigestsTest {

    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    private static List<NewItem> items(String kind, int count) {
        List<NewItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new NewItem(kind, i, "x", "/" + kind + "/" + i, "", T.plusSeconds(i)));
        }
        return items;
    }

    @Test
    void withoutAKindAtItsCapTheNextDigestStartsAtTheEnd() {
        List<NewItem> items = new ArrayList<>(items("project", Digests.PER_KIND - 1));
        items.addAll(items("story", 3));
        Instant end = T.plusSeconds(3600);
        assertThat(Digests.listedUntil(items, end)).isEqualTo(end);
        assertThat(Digests.listedUntil(List.of(), end)).isEqualTo(end);
    }

    @Test
    void aKindAtItsCapHoldsTheNextDigestJustBeforeItsLastItem() {
        List<NewItem> items = new ArrayList<>(items("story", 3));
        items.addAll(items("opening", Digests.PER_KIND));
        items.addAll(items("project", Digests.PER_KIND).stream()
                .map(i -> new NewItem(
                        i.kind(),
                        i.id(),
                        i.title(),
                        i.path(),
                        i.place(),
                        i.publishedAt().plusSeconds(60)))
                .toList());
        // The opening's last listed item is the earlier one of the two kinds at their cap.
        assertThat(Digests.listedUntil(items, T.plusSeconds(3600)))
                .isEqualTo(T.plusSeconds(Digests.PER_KIND - 1).minusMillis(1));
    }
}
