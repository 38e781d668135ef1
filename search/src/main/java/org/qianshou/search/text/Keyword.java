package org.qianshou.search.text;

import java.util.List;
import java.util.Optional;

/**
 * One keyword of a search as the queries match it: folded, with its synonym variants, the ways it splits into pinyin
 * syllables when typed in Latin letters, its initials when it does not split ({@code lset}), and the place name it may
 * spell whole ({@code zhaotong}) or by its initials ({@code zts}).
 *
 * @param typed as the user typed it
 * @param variants the folded keyword first, then its synonym variants (see {@link Synonyms#variants})
 * @param syllableSplits each a list of at least two syllables to find in a row in the pinyin of titles and names
 *     (none for Chinese characters, none for a single syllable: {@code shi} is the reading of hundreds of characters,
 *     市 among them, so on its own it would find nearly everything)
 * @param initials letters to find in a row among the initials of titles and names ({@code l s e t}); empty when none
 * @param place the letters, joined, to find as a whole place name ({@link PlaceNames}); empty unless the keyword is
 *     pinyin of at least two syllables
 * @param placeInitials the letters, joined, to find as the initials of a whole place name ({@link
 *     PlaceNames#initials}: {@code zts} for 昭通市); empty unless the keyword is initials of at least {@value
 *     PlaceNames#MIN_INITIALS} letters (two letters name dozens of places)
 */
public record Keyword(
        String typed,
        List<String> variants,
        List<List<String>> syllableSplits,
        List<String> initials,
        Optional<String> place,
        Optional<String> placeInitials) {

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

    /**
     * The keyword folded and expanded with {@code synonyms}. Latin letters may be separated by spaces (a run of
     * syllables typed apart, {@code zhao tong}, see {@code QueryParts#keywords}): they split as if joined.
     */
    public static Keyword of(String typed, Synonyms synonyms) {
        String folded = ChineseText.fold(typed);
        List<String> variants = synonyms.variants(folded, MAX_VARIANTS);
        List<List<String>> splits = List.of();
        List<String> initials = List.of();
        Optional<String> place = Optional.empty();
        Optional<String> placeInitials = Optional.empty();
        String letters = folded.replace(" ", "");
        if (!letters.isEmpty() && letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            List<List<String>> all = ChineseText.syllableSplits(letters, MAX_SPLITS);
            splits = all.stream().filter(s -> s.size() >= 2).toList();
            if (!splits.isEmpty()) {
                place = Optional.of(letters);
            }
            if (all.isEmpty() && letters.length() >= 2 && letters.length() <= MAX_INITIALS) {
                initials =
                        letters.chars().mapToObj(c -> String.valueOf((char) c)).toList();
                if (letters.length() >= PlaceNames.MIN_INITIALS) {
                    placeInitials = Optional.of(letters);
                }
            }
        }
        return new Keyword(typed, variants, splits, initials, place, placeInitials);
    }

    /** Whether the keyword is a single pinyin syllable ({@code shi}, {@code zhao}): alone it matches no pinyin. */
    public static boolean isOneSyllable(String word) {
        String w = ChineseText.fold(word);
        return ChineseText.syllableSplits(w, MAX_SPLITS).stream().anyMatch(s -> s.size() == 1);
    }

    /** The folded keyword. */
    public String folded() {
        return variants.get(0);
    }
}
