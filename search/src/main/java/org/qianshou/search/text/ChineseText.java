package org.qianshou.search.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chinese text as the index and the queries need it, done in Java because the Elasticsearch node has only core
 * analysis (see {@code docs/adr/0013-chinese-text-library.md}): folding (traditional → simplified, full-width →
 * half-width, lower case) and pinyin (toneless syllables and their initials). The only class that calls the library;
 * every other class calls this one. Thread-safe; the library's dictionaries load on first use (about half a second).
 */
public final class ChineseText {

    /** Toneless syllables (ü written v), without the interjections that are a bare consonant (m, n, ng, hm…). */
    private static final Set<String> SYLLABLES = java.util.Arrays.stream(Pinyin.values())
            .filter(p -> p != Pinyin.none5)
            .map(p -> latin(p.getPinyinWithoutTone()))
            .filter(s -> s.chars().anyMatch(c -> "aeiouv".indexOf(c) >= 0))
            .collect(Collectors.toCollection(TreeSet::new));

    private static final int LONGEST_SYLLABLE =
            SYLLABLES.stream().mapToInt(String::length).max().orElse(6);

    private ChineseText() {}

    /**
     * Traditional characters to simplified ones (phrase by phrase, 乾淨 → 干净), full-width letters, digits and
     * punctuation to half-width, ideographic space to space, lower case. Idempotent; {@code null} stays {@code null}.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FOLDED.apply(text);
    }

    /** Names and titles repeat from document to document: remembered up to this many characters. */
    static final int MEMO_LENGTH = 64;

    private static final int MEMO_ENTRIES = 50_000;
    private static final Memo<String> FOLDED = new Memo<>(MEMO_ENTRIES, MEMO_LENGTH, ChineseText::foldNow);
    private static final Memo<List<String>> SYLLABLES_OF =
            new Memo<>(MEMO_ENTRIES, MEMO_LENGTH, ChineseText::syllablesNow);

    private static String foldNow(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int c = cp;
            if (c == 0x3000) {
                c = ' ';
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
            }
            b.appendCodePoint(Character.toLowerCase(c));
        });
        String folded = b.toString();
        if (!hasHan(folded)) {
            return folded;
        }
        // A handful of characters simplify in two steps (鏇 → 镟 → 旋): go on to the fixed point.
        for (int i = 0; i < 3; i++) {
            String next = HanLP.convertToSimplifiedChinese(folded);
            if (next.equals(folded)) {
                break;
            }
            folded = next;
        }
        return folded;
    }

    /**
     * The pinyin of a title, an organisation's name or a region's name, as people type it: the toneless syllables
     * separated by spaces ({@code liu shou er tong}), the same joined ({@code liushouertong}) and the initials
     * ({@code lset}). Latin letters and digits in the text are kept as words (lower case). Empty when the text has
     * neither Chinese characters nor Latin letters or digits.
     */
    public static List<String> pinyin(String text) {
        List<String> syllables = syllables(text);
        if (syllables.isEmpty()) {
            return List.of();
        }
        return List.of(String.join(" ", syllables), String.join("", syllables), String.join("", initials(syllables)));
    }

    /**
     * The words of the folded text in pinyin: one toneless syllable per Chinese character (ü written v), each run of
     * Latin letters or digits one lower-case word; everything else separates.
     */
    public static List<String> syllables(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return SYLLABLES_OF.apply(text);
    }

    private static List<String> syllablesNow(String text) {
        String folded = fold(text);
        List<Pinyin> pinyin = hasHan(folded) ? HanLP.convertToPinyinList(folded) : List.of();
        List<String> words = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            Pinyin p = i < pinyin.size() ? pinyin.get(i) : Pinyin.none5;
            if (isHan(c) && p != Pinyin.none5) {
                flush(latin, words);
                words.add(latin(p.getPinyinWithoutTone()));
            } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
                latin.append(c);
            } else {
                flush(latin, words);
            }
        }
        flush(latin, words);
        return List.copyOf(words);
    }

    /** The first letter of each word of {@link #syllables}. */
    public static List<String> initials(List<String> syllables) {
        return syllables.stream().map(s -> s.substring(0, 1)).toList();
    }

    /**
     * The ways a word typed in Latin letters splits into pinyin syllables ({@code zhaotong} → [zhao, tong]; {@code
     * xian} → [xian] and [xi, an]), fewest syllables first, at most {@code limit}; a bare a, o or e only when
     * nothing else splits ({@code zhaotong} is not [zha, o, tong]); empty when it does not split (an abbreviation such
     * as {@code lset}, an English word).
     */
    public static List<List<String>> syllableSplits(String word, int limit) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        List<List<String>> splits = new ArrayList<>();
        split(w, 0, new ArrayList<>(), splits, limit * 4);
        // a bare a, o or e mostly splits a longer syllable (zha-o for zhao): only when nothing else splits
        if (splits.stream().anyMatch(ChineseText::withoutBareVowel)) {
            splits.removeIf(s -> !withoutBareVowel(s));
        }
        splits.sort(java.util.Comparator.comparingInt(List::size));
        return List.copyOf(splits.subList(0, Math.min(limit, splits.size())));
    }

    /** Whether the text holds a Chinese character. */
    public static boolean hasHan(String text) {
        return text != null && text.chars().anyMatch(c -> isHan((char) c));
    }

    private static void split(String w, int from, List<String> current, List<List<String>> out, int cap) {
        if (out.size() >= cap) {
            return;
        }
        if (from == w.length()) {
            out.add(List.copyOf(current));
            return;
        }
        for (int end = Math.min(w.length(), from + LONGEST_SYLLABLE); end > from; end--) {
            String s = w.substring(from, end);
            if (SYLLABLES.contains(s)) {
                current.add(s);
                split(w, end, current, out, cap);
                current.remove(current.size() - 1);
            }
        }
    }

    private static boolean withoutBareVowel(List<String> split) {
        return split.stream().allMatch(s -> s.length() > 1);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String latin(String syllable) {
        return syllable.replace('ü', 'v').toLowerCase(Locale.ROOT);
    }

    private static void flush(StringBuilder latin, List<String> words) {
        if (!latin.isEmpty()) {
            words.add(latin.toString());
            latin.setLength(0);
        }
    }
}
