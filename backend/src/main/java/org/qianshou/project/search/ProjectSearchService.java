package org.qianshou.project.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.qianshou.project.ProjectStatus;
import org.qianshou.region.RegionView.RegionRef;
import org.qianshou.search.Filters;
import org.qianshou.search.Hit;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;
import org.qianshou.search.project.ProjectDocument;
import org.qianshou.search.project.ProjectQueries;
import org.qianshou.search.project.ProjectQuery;
import org.qianshou.system.search.CombinedPart;
import org.qianshou.system.search.CombinedSearchKind;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.NewItem;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.SearchVocabulary;

/**
 * Validates a public project search, runs it on the index and shapes the answer; the project kind of the combined
 * search, with {@code category} as its own parameter.
 */
@Singleton
public class ProjectSearchService implements CombinedSearchKind {

    private static final int SUMMARY_LENGTH = 120;

    private final Searcher<ProjectDocument, ProjectQuery> search;
    private final SearchVocabulary vocabulary;

    ProjectSearchService(ProjectSearchKind kind, SearchVocabulary vocabulary) {
        this.search = Searcher.of(kind.index(), ProjectQueries.KIND);
        this.vocabulary = vocabulary;
    }

    public ProjectSearchResponse search(SearchInput input) {
        SearchParameters p = vocabulary.parameters(input);
        p.validate();

        SearchResult<ProjectDocument> result = search.search(new ProjectQuery(p.filters(), ProjectStatus.PUBLIC));
        List<ProjectSearchResponse.Hit> items =
                result.hits().stream().map(this::hit).toList();
        return new ProjectSearchResponse(
                result.total(), p.page(), p.size(), items, facets(p.regionCode(), result), result.loose());
    }

    /** The Elasticsearch request {@link #search} sends first for {@code input}: the alias and the JSON body. */
    @io.micronaut.serde.annotation.Serdeable
    public record EngineRequest(String index, String body) {}

    /**
     * What {@link #search} would send to Elasticsearch for {@code input} (validated the same way): the benchmark
     * sends it to Elasticsearch directly beside the same search through the API.
     *
     * @throws org.qianshou.system.InvalidInputException for parameters the search refuses
     */
    public EngineRequest engineRequest(SearchInput input) {
        SearchParameters p = vocabulary.parameters(input);
        p.validate();
        return new EngineRequest(
                search.alias(), search.requestJson(new ProjectQuery(p.filters(), ProjectStatus.PUBLIC)));
    }

    @Override
    public String kind() {
        return "project";
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public List<String> ownParameters() {
        return List.of("category");
    }

    @Override
    public CombinedPart<?> prepare(
            SearchParameters shared, Map<String, List<String>> own, Instant now, int page, int size) {
        List<String> categories = vocabulary.categories(shared, own.get("category"));
        Filters f = shared.filters();
        ProjectQuery query = new ProjectQuery(
                new Filters(f.text(), f.regionCode(), f.targetGroups(), categories, page, Math.max(size, 1)),
                ProjectStatus.PUBLIC);
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
                        FoundItem.snippet(
                                h.fragments("description"), h.document().description()),
                        vocabulary.path(
                                h.document().regionCodes().isEmpty()
                                        ? null
                                        : h.document().regionCodes().get(0)),
                        "/projects/" + h.document().id()),
                r -> Map.of("category", vocabulary.categoryFacet(r.facet(Filters.CATEGORY_FACET))));
    }

    private ProjectSearchResponse.Facets facets(@Nullable String regionCode, SearchResult<ProjectDocument> result) {
        return new ProjectSearchResponse.Facets(
                vocabulary.regionFacet(regionCode, result.facet(Filters.REGION_FACET)),
                vocabulary.targetGroupFacet(result.facet(Filters.TARGET_GROUP_FACET)),
                vocabulary.categoryFacet(result.facet(Filters.CATEGORY_FACET)));
    }

    private ProjectSearchResponse.Hit hit(Hit<ProjectDocument> hit) {
        ProjectDocument d = hit.document();
        List<RegionRef> regionRefs =
                d.regionCodes().stream().map(vocabulary::regionRef).toList();
        return new ProjectSearchResponse.Hit(
                d.id(),
                d.title(),
                FoundItem.start(d.description(), SUMMARY_LENGTH),
                d.organisationName(),
                regionRefs,
                d.targetGroups(),
                d.serviceCategories(),
                d.programme(),
                d.status(),
                d.budgetFen(),
                d.startDate(),
                d.endDate(),
                d.demo(),
                new ProjectSearchResponse.Highlights(hit.highlight("title"), hit.fragments("description")));
    }

    /**
     * What this search finds that was first published after {@code since}, other than {@code seen}; the earliest
     * first, at most {@code limit} (a saved search's digest).
     *
     * @throws org.qianshou.system.InvalidInputException for parameters the search refuses
     */
    public List<NewItem> publishedSince(SearchInput input, Instant since, Collection<Long> seen, int limit) {
        SearchParameters p = vocabulary.parameters(input);
        p.validate();
        return search.publishedSince(new ProjectQuery(p.filters(), ProjectStatus.PUBLIC), since, seen, limit).stream()
                .map(d -> new NewItem(
                        "project",
                        d.id(),
                        d.title(),
                        "/projects/" + d.id(),
                        d.regionCodes().isEmpty()
                                ? ""
                                : vocabulary.regionRef(d.regionCodes().get(0)).name(),
                        d.publishedAt()))
                .toList();
    }
}
