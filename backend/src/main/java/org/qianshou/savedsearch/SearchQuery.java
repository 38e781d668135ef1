package org.qianshou.savedsearch;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A saved search's parameters: the query string of the search page it was saved from (the kind's page, or {@code
 * /search} for {@code all}), kept with only the parameters that page writes ({@code page}, {@code size} and anything
 * else dropped), in a stable order.
 */
final class SearchQuery {

    /**
     * The parameters each kind's saved search takes: those its page writes into its address (the SPA saves that
     * address), in the page's order. For {@code all}, the combined search's page: its shared ones and every kind's own
     * filters, which need that {@code kind} chosen.
     */
    static final Map<String, List<String>> PARAMETERS = Map.of(
            "all",
            List.of(
                    "q",
                    "kind",
                    "region",
                    "targetGroup",
                    "category",
                    "skill",
                    "from",
                    "to",
                    "freePlaces",
                    "fundingType",
                    "programme",
                    "closingSoon",
                    "organisationKind"),
            "project",
            List.of("q", "region", "targetGroup", "category"),
            "opening",
            List.of("q", "region", "targetGroup", "skill", "category", "when", "from", "to", "free"),
            "call",
            List.of("q", "region", "targetGroup", "fundingType", "programme", "soon"),
            "organisation",
            List.of("q", "region", "kind", "targetGroup", "category"),
            "story",
            List.of("q", "region", "targetGroup", "category", "programme"));

    private final Map<String, List<String>> values;

    private SearchQuery(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The parameters of {@code query} that {@code kind} takes; blank values left out. */
    static SearchQuery parse(String kind, String query) {
        List<String> names = PARAMETERS.get(kind);
        Map<String, List<String>> found = new LinkedHashMap<>();
        String raw = query == null ? "" : query.strip();
        if (raw.startsWith("?")) {
            raw = raw.substring(1);
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
            if (names.contains(name) && !value.isEmpty()) {
                found.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        names.forEach(n -> {
            if (found.containsKey(n)) {
                ordered.put(n, List.copyOf(found.get(n)));
            }
        });
        return new SearchQuery(ordered);
    }

    /** The first value of a parameter, or {@code null}. */
    String single(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(0);
    }

    /** Every value of a parameter, or {@code null} when it is absent (as an endpoint receives it). */
    List<String> list(String name) {
        return values.get(name);
    }

    /** The normalised query string. */
    String encoded() {
        StringJoiner joined = new StringJoiner("&");
        values.forEach((name, list) -> list.forEach(v -> joined.add(name + "=" + encode(v))));
        return joined.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
