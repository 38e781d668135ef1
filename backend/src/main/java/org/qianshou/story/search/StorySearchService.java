package org.qianshou.story.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.qianshou.search.Hit;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;
import org.qianshou.search.story.StoryDocument;
import org.qianshou.search.story.StoryQueries;
import org.qianshou.search.story.StoryQuery;
import org.qianshou.system.search.CombinedPart;
import org.qianshou.system.search.CombinedSearchKind;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.NewItem;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.SearchVocabulary;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;
import org.qianshou.taxonomy.Term;

/**
 * Validates a public story search, runs it on the index (published stories of verified organisations only) and shapes
 * the answer: region subtree, target group, service category, programme, keywords with highlights, facets.
 */
@Singleton
public class StorySearchService implements CombinedSearchKind {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Searcher<StoryDocument, StoryQuery> search;
    private final SearchVocabulary vocabulary;
    private final TaxonomyService taxonomies;

    StorySearchService(StorySearchKind kind, SearchVocabulary vocabulary, TaxonomyService taxonomies) {
        this.search = Searcher.of(kind.index(), StoryQueries.KIND);
        this.vocabulary = vocabulary;
        this.taxonomies = taxonomies;
    }

    public StorySearchResponse search(SearchInput input, @Nullable List<String> programme) {
        SearchParameters p = vocabulary.parameters(input);
        List<String> programmes =
                p.codes(programme, "programme", "field.programme.unknown", c -> taxonomies.exists(Kind.PROGRAMME, c));
        p.validate();
        SearchResult<StoryDocument> result = search.search(new StoryQuery(p.filters(), programmes));
        return new StorySearchResponse(
                result.total(),
                p.page(),
                p.size(),
                result.hits().stream().map(StorySearchService::item).toList(),
                new StorySearchResponse.Facets(
                        vocabulary.regionFacet(p.regionCode(), result.facet(org.qianshou.search.Filters.REGION_FACET)),
                        vocabulary.targetGroupFacet(result.facet(org.qianshou.search.Filters.TARGET_GROUP_FACET)),
                        vocabulary.categoryFacet(result.facet(org.qianshou.search.Filters.CATEGORY_FACET)),
                        SearchParameters.codeCounts(
                                taxonomies.terms(Kind.PROGRAMME).stream()
                                        .map(Term::code)
                                        .toList(),
                                result.facet(StoryQueries.PROGRAMME_FACET))),
                result.loose());
    }

    /**
     * What this search finds that was first published after {@code since}, other than {@code seen}; the earliest
     * first, at most {@code limit} (a saved search's digest).
     *
     * @throws org.qianshou.system.InvalidInputException for parameters the search refuses
     */
    public List<NewItem> publishedSince(
            SearchInput input, @Nullable List<String> programme, Instant since, Collection<Long> seen, int limit) {
        SearchParameters p = vocabulary.parameters(input);
        List<String> programmes =
                p.codes(programme, "programme", "field.programme.unknown", c -> taxonomies.exists(Kind.PROGRAMME, c));
        p.validate();
        return search.publishedSince(new StoryQuery(p.filters(), programmes), since, seen, limit).stream()
                .map(d -> new NewItem(
                        "story",
                        d.id(),
                        d.title(),
                        "/stories/" + d.id(),
                        d.regionNames().isEmpty()
                                ? ""
                                : d.regionNames().get(d.regionNames().size() - 1),
                        d.publishedAt()))
                .toList();
    }

    @Override
    public String kind() {
        return "story";
    }

    @Override
    public int getOrder() {
        return 4;
    }

    @Override
    public List<String> ownParameters() {
        return List.of("category", "programme");
    }

    @Override
    public CombinedPart<?> prepare(
            SearchParameters shared, Map<String, List<String>> own, Instant now, int page, int size) {
        List<String> categories = vocabulary.categories(shared, own.get("category"));
        List<String> programmes = shared.codes(
                own.get("programme"),
                "programme",
                "field.programme.unknown",
                c -> taxonomies.exists(Kind.PROGRAMME, c));
        org.qianshou.search.Filters f = shared.filters();
        StoryQuery query = new StoryQuery(
                new org.qianshou.search.Filters(
                        f.text(), f.regionCode(), f.targetGroups(), categories, page, Math.max(size, 1)),
                programmes);
        return CombinedPart.of(
                kind(),
                search,
                query,
                size,
                h -> new FoundItem(
                        kind(),
                        h.document().id(),
                        h.document().title(),
                        h.highlight("title"),
                        FoundItem.snippet(h.fragments("bodyText"), h.document().summary()),
                        vocabulary.path(h.document().regionCode()),
                        "/stories/" + h.document().id()),
                r -> Map.of(
                        "category",
                        vocabulary.categoryFacet(r.facet(org.qianshou.search.Filters.CATEGORY_FACET)),
                        "programme",
                        SearchParameters.codeCounts(
                                vocabulary.codes(Kind.PROGRAMME), r.facet(StoryQueries.PROGRAMME_FACET))));
    }

    /** The marked title when it matched, then the marked fragments of the text. */
    static List<String> highlight(Hit<StoryDocument> hit) {
        List<String> marked = new ArrayList<>();
        if (hit.highlight("title") != null) {
            marked.add(hit.highlight("title"));
        }
        marked.addAll(hit.fragments("bodyText"));
        return marked;
    }

    private static StorySearchResponse.Item item(Hit<StoryDocument> hit) {
        StoryDocument d = hit.document();
        List<StorySearchResponse.PathStep> path = new ArrayList<>();
        for (int i = 0; i < d.regionAncestors().size(); i++) {
            path.add(new StorySearchResponse.PathStep(
                    d.regionAncestors().get(i),
                    i < d.regionNames().size()
                            ? d.regionNames().get(i)
                            : d.regionAncestors().get(i)));
        }
        return new StorySearchResponse.Item(
                d.id(),
                d.title(),
                d.summary(),
                highlight(hit),
                d.organisationId(),
                d.organisationName(),
                d.projectId(),
                d.projectTitle(),
                path,
                d.targetGroups(),
                d.serviceCategories().isEmpty() ? null : d.serviceCategories().get(0),
                d.programme(),
                d.publishedAt().atZone(ZONE).toOffsetDateTime(),
                d.coverUrl(),
                d.demo());
    }
}
