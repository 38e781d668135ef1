package org.qianshou.system.search;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.qianshou.search.FacetCount;
import org.qianshou.search.Filters;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;

/**
 * The checks every public search shares: keywords ({@code q}, at most {@value #MAX_QUERY_LENGTH} characters), a
 * known region, codes of a known vocabulary (repeated or comma-separated), a page size from 1 to {@value #MAX_SIZE}
 * and a page within the first {@value #MAX_WINDOW} hits. Violations collect in {@link #violations()}; {@link
 * #validate()} throws them all at once, each naming its field. Also shapes facet counts for the answers.
 */
public final class SearchParameters {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_LENGTH = 100;

    private final List<Violation> violations = new ArrayList<>();
    private final @Nullable String text;
    private final @Nullable String regionCode;
    private final int page;
    private final int size;
    private List<String> targetGroups = List.of();
    private List<String> categories = List.of();

    /**
     * @param regionExists whether a region code is known
     */
    public SearchParameters(
            @Nullable String q,
            @Nullable String region,
            Predicate<String> regionExists,
            @Nullable Integer page,
            @Nullable Integer size) {
        this(q, region, regionExists, page, size, MAX_WINDOW);
    }

    /**
     * @param regionExists whether a region code is known
     * @param window how many hits may be paged through, at most {@value #MAX_WINDOW}
     */
    public SearchParameters(
            @Nullable String q,
            @Nullable String region,
            Predicate<String> regionExists,
            @Nullable Integer page,
            @Nullable Integer size,
            int window) {
        this.text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            violations.add(new Violation("q", "field.q.too-long", MAX_QUERY_LENGTH));
        }
        this.regionCode = region == null || region.isBlank() ? null : region.strip();
        if (regionCode != null && !regionExists.test(regionCode)) {
            violations.add(new Violation("region", "field.region.unknown", regionCode));
        }
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            violations.add(new Violation("size", "field.size.range", MAX_SIZE));
            pageSize = DEFAULT_SIZE;
        }
        int maxPage = Math.min(window, MAX_WINDOW) / pageSize - 1;
        int pageNumber = page == null ? 0 : page;
        if (pageNumber < 0 || pageNumber > maxPage) {
            violations.add(new Violation("page", "field.page.range", maxPage));
        }
        this.page = pageNumber;
        this.size = pageSize;
    }

    /**
     * The distinct codes of a repeated, possibly comma-separated parameter; each unknown one is a violation of {@code
     * field} with {@code messageKey}.
     */
    public List<String> codes(@Nullable List<String> raw, String field, String messageKey, Predicate<String> known) {
        List<String> codes = codes(raw);
        codes.stream().filter(known.negate()).forEach(c -> violations.add(new Violation(field, messageKey, c)));
        return codes;
    }

    /** Records a violation found by a kind's own checks. */
    public void add(Violation violation) {
        violations.add(violation);
    }

    /** Records the checked target groups and categories for {@link #filters()}; returns this. */
    public SearchParameters withCodes(List<String> targetGroups, List<String> categories) {
        this.targetGroups = List.copyOf(targetGroups);
        this.categories = List.copyOf(categories);
        return this;
    }

    /** The filters every kind shares, as the index's queries take them. */
    public Filters filters() {
        return new Filters(text, regionCode, targetGroups, categories, page, size);
    }

    /** @throws InvalidInputException with every violation found so far */
    public void validate() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** The keywords, stripped; {@code null} when blank. */
    public @Nullable String text() {
        return text;
    }

    /** The region code, stripped; {@code null} when none. */
    public @Nullable String regionCode() {
        return regionCode;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** One count per code of the vocabulary, in its order, 0 where the facet has none. */
    public static List<CodeCount> codeCounts(List<String> vocabulary, List<FacetCount> facet) {
        Map<String, Long> counts = counts(facet);
        return vocabulary.stream()
                .map(code -> new CodeCount(code, counts.getOrDefault(code, 0L)))
                .toList();
    }

    /** One count per region (the children of the selected region, say), in the order given. */
    public static <R> List<RegionCount> regionCounts(
            List<R> regions, Function<R, String> code, Function<R, String> name, List<FacetCount> facet) {
        Map<String, Long> counts = counts(facet);
        return regions.stream()
                .map(r -> new RegionCount(code.apply(r), name.apply(r), counts.getOrDefault(code.apply(r), 0L)))
                .toList();
    }

    private static Map<String, Long> counts(List<FacetCount> facet) {
        return facet.stream().collect(Collectors.toMap(FacetCount::key, FacetCount::count, Long::sum));
    }

    private static List<String> codes(@Nullable List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .toList();
    }
}
