package org.qianshou.savedsearch;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.qianshou.project.search.ProjectSearchService;
import org.qianshou.story.search.StorySearchService;
import org.qianshou.system.search.NewItem;
import org.qianshou.system.search.SearchInput;

/**
 * Runs a saved search through the search of its kind, the same one its page asks (statuses, visibility, a kind's
 * meaning of a region): for {@code all}, each kind with the shared parameters ({@code q}, {@code region}, {@code
 * targetGroup}), as the combined search does. Only what was first made public after a moment, leaving out what was
 * already sent.
 */
@Singleton
class KindSearches {

    /** A kind's part of a digest: what it found and must not find again. */
    interface Seen {
        Collection<Long> of(String kind);
    }

    private final ProjectSearchService projects;
    private final StorySearchService stories;

    KindSearches(ProjectSearchService projects, StorySearchService stories) {
        this.projects = projects;
        this.stories = stories;
    }

    /** The kinds a saved search of {@code kind} asks. */
    static List<String> kindsOf(String kind) {
        return "all".equals(kind) ? NewItem.KINDS : List.of(kind);
    }

    /**
     * What the saved search finds that was first made public after {@code since}, kind by kind, at most {@code limit}
     * of each kind, earliest first within a kind.
     *
     * @throws org.qianshou.system.InvalidInputException for parameters a kind's search refuses
     */
    List<NewItem> publishedSince(String kind, SearchQuery query, Instant since, Seen seen, int limit) {
        List<NewItem> found = new ArrayList<>();
        for (String k : kindsOf(kind)) {
            found.addAll(search(k, query, since, seen.of(k), limit));
        }
        return found;
    }

    private List<NewItem> search(String kind, SearchQuery q, Instant since, Collection<Long> seen, int limit) {
        SearchInput shared =
                new SearchInput(q.single("q"), q.single("region"), q.list("targetGroup"), q.list("category"), 0, 1);
        return switch (kind) {
            case "project" -> projects.publishedSince(shared, since, seen, limit);
            case "story" -> stories.publishedSince(shared, q.list("programme"), since, seen, limit);
            default -> List.of();
        };
    }
}
