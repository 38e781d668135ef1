package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qianshou.search.text.ChineseText;
import org.qianshou.search.text.ZhFields;

/**
 * Suggestions as the user types, over the indices of several kinds at once: the {@code completion} field {@value
 * ZhFields#SUGGEST} of each (titles and names of what anybody may find, with and without the place they start with, in
 * characters and in pinyin). Thread-safe.
 */
public final class Suggester {

    /**
     * One suggestion: the text to put in the search box and the kind of the document it comes from.
     *
     * @param kind the document name of the kind ({@code project}, {@code opening}, {@code call}, {@code organisation},
     *     {@code story})
     */
    public record Suggestion(String text, String kind) {}

    private static final String NAME = "typed";
    private static final int MAX_PREFIX = 50;

    private final ElasticsearchClient client;
    /** Alias → the kind's document name, in the order suggestions of equal score are preferred. */
    private final Map<String, String> kinds;

    public Suggester(List<SearchIndex<?>> indices) {
        if (indices.isEmpty()) {
            throw new IllegalArgumentException("no index to suggest from");
        }
        this.client = indices.get(0).client();
        Map<String, String> byAlias = new LinkedHashMap<>();
        indices.forEach(i -> byAlias.put(i.alias(), i.kind().documentName()));
        this.kinds = Map.copyOf(byAlias);
    }

    /**
     * Up to {@code size} distinct suggestions for what the user typed so far: folded, and without spaces when it is
     * pinyin ({@code liushou er} → {@code liushouer}). Empty for blank input.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot be reached
     */
    @SuppressWarnings("rawtypes")
    public List<Suggestion> suggest(String typed, int size) {
        String prefix = prefix(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        boolean pinyin = !ChineseText.hasHan(prefix);
        SearchResponse<Map> response = Elastic.call(
                "suggest",
                () -> client.search(
                        s -> s.index(List.copyOf(kinds.keySet()))
                                .ignoreUnavailable(true)
                                .allowNoIndices(true)
                                .size(0)
                                .source(src -> src.filter(f -> f.includes("title", "name", "regionNames")))
                                .suggest(sg -> sg.suggesters(
                                        NAME,
                                        fs -> fs.prefix(prefix)
                                                .completion(c -> c.field(ZhFields.SUGGEST)
                                                        .size(size * 3)
                                                        .skipDuplicates(true)))),
                        Map.class));
        Set<String> seen = new LinkedHashSet<>();
        List<Suggestion> result = new ArrayList<>();
        for (co.elastic.clients.elasticsearch.core.search.Suggestion<Map> entry :
                response.suggest().getOrDefault(NAME, List.of())) {
            for (CompletionSuggestOption<Map> option : entry.completion().options()) {
                String text = pinyin ? readable(option, prefix) : option.text();
                String kind = kindOf(option.index());
                if (text != null && kind != null && seen.add(text)) {
                    result.add(new Suggestion(text, kind));
                    if (result.size() == size) {
                        return result;
                    }
                }
            }
        }
        return result;
    }

    static String prefix(String typed) {
        if (typed == null) {
            return "";
        }
        String folded = ChineseText.fold(typed).strip();
        if (!ChineseText.hasHan(folded)) {
            folded = folded.replaceAll("[\\s']+", "");
        }
        return folded.length() > MAX_PREFIX ? folded.substring(0, MAX_PREFIX) : folded;
    }

    /** The title (or its part after the place) whose pinyin or initials start with what was typed. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String readable(CompletionSuggestOption<Map> option, String prefix) {
        Map<String, Object> source = option.source();
        if (source == null) {
            return null;
        }
        Object title = source.getOrDefault("title", source.get("name"));
        if (!(title instanceof String t)) {
            return null;
        }
        List<String> regionNames = source.get("regionNames") instanceof List<?> l ? (List<String>) l : List.of();
        List<String> texts = ZhFields.suggestionTexts(t, regionNames);
        for (int i = texts.size() - 1; i >= 0; i--) {
            String text = texts.get(i);
            List<String> syllables = ChineseText.syllables(text);
            String joined = String.join("", syllables);
            String initials = String.join("", ChineseText.initials(syllables));
            if (joined.startsWith(prefix) || initials.startsWith(prefix)) {
                return text;
            }
        }
        return texts.get(0);
    }

    private String kindOf(String index) {
        return kinds.entrySet().stream()
                .filter(e -> index.equals(e.getKey()) || index.startsWith(e.getKey() + "-v"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
