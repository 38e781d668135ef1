package org.qianshou.search.text;

import java.util.List;

/**
 * One keyword of a search as the queries match it: folded, with its synonym variants, the ways it splits into pinyin
 * syllables when typed in Latin letters, or its initials when it does not split ({@code lset}).
 *
 * @param typed as the user typed it
 * @param variants the folded keyword first, then its synonym variants (see {@link Synonyms#variants})
 * @param syllableSplits each a list of syllables to find in a row in the pinyin of titles and names (none for
 *     Chinese characters)
 * @param initials letters to find in a row among the initials of titles and names ({@code l s e t}); empty when none
 */
public record Keyword(String typed, List<String> variants, List<List<String>> syllableSplits, List<String> initials) {

    /** At most this many synonym variants of one keyword. */
    public static final int MAX_VARIANTS = 8;
    /** At most this many ways to split a keyword into syllables. */
    public static final int MAX_SPLITS = 4;

    private static final int MAX_INITIALS = 12;

    public Keyword {
        variants = List.copyOf(variants);
        syllableSplits = syllableSplits.stream().map(List::copyOf).toList();
        initials = List.copyOf(initials);
    }

    /** The keyword folded and expanded with {@code synonyms}. */
    public static Keyword of(String typed, Synonyms synonyms) {
        String folded = ChineseText.fold(typed);
        List<String> variants = synonyms.variants(folded, MAX_VARIANTS);
        List<List<String>> splits = List.of();
        List<String> initials = List.of();
        if (folded.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            splits = ChineseText.syllableSplits(folded, MAX_SPLITS);
            if (splits.isEmpty() && folded.length() >= 2 && folded.length() <= MAX_INITIALS) {
                initials =
                        folded.chars().mapToObj(c -> String.valueOf((char) c)).toList();
            }
        }
        return new Keyword(typed, variants, splits, initials);
    }

    /** The folded keyword. */
    public String folded() {
        return variants.get(0);
    }
}
