package org.qianshou.search.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a document adds to the index for Chinese search, under the object {@value #OBJECT}: its text fields folded
 * (same names: {@code zh.title}, {@code zh.description}…), the pinyin of its title and organisation's name ({@code
 * zh.pinyin}: syllables; {@code zh.initials}: their initials, one letter a word), the whole names of its places in
 * pinyin and their initials of three letters or more ({@code zh.places}, see {@link PlaceNames}) and the inputs of the suggestions ({@code zh.suggest}). A document record serialises it as its {@code zh} property (see {@code ProjectDocument#zh()}); the
 * pages keep showing the text as written.
 */
public final class ZhFields {

    /** The object holding these fields in every index. */
    public static final String OBJECT = "zh";

    public static final String PINYIN = OBJECT + ".pinyin";
    public static final String INITIALS = OBJECT + ".initials";
    public static final String PLACES = OBJECT + ".places";
    public static final String SUGGEST = OBJECT + ".suggest";

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<String> pinyin = new ArrayList<>();
    private final List<String> initials = new ArrayList<>();
    private final Set<String> places = new LinkedHashSet<>();
    private final Set<String> suggest = new LinkedHashSet<>();

    private ZhFields() {}

    public static ZhFields builder() {
        return new ZhFields();
    }

    /** {@code zh.<field>}: the folded text ({@code null} leaves it out). */
    public ZhFields text(String field, String value) {
        if (value != null) {
            fields.put(field, ChineseText.fold(value));
        }
        return this;
    }

    /** {@code zh.<field>}: every value folded. */
    public ZhFields texts(String field, List<String> values) {
        fields.put(
                field,
                values.stream().filter(Objects::nonNull).map(ChineseText::fold).toList());
        return this;
    }

    /**
     * Adds the pinyin of these names (a title, an organisation's name), each a value of its own. Region names go to
     * {@link #places}: their administrative words would otherwise match nearly every document.
     */
    public ZhFields pinyin(List<String> names) {
        for (String name : names) {
            List<String> syllables = ChineseText.syllables(name);
            if (!syllables.isEmpty()) {
                pinyin.add(String.join(" ", syllables));
                initials.add(String.join(" ", ChineseText.initials(syllables)));
            }
        }
        return this;
    }

    /**
     * {@code zh.places}: the whole names of these regions in pinyin ({@link PlaceNames#pinyin}) and their initials of
     * three letters or more ({@link PlaceNames#initials}).
     */
    public ZhFields places(List<String> regionNames) {
        for (String name : regionNames) {
            places.addAll(PlaceNames.pinyin(name));
            places.addAll(PlaceNames.initials(name));
        }
        return this;
    }

    /**
     * Suggests {@code title} as the user types its beginning, in characters or in pinyin (syllables joined, or
     * initials); when it starts with one of {@code regionNames} (镇雄县留守儿童关爱保护服务项目), also the rest
     * (留守儿童关爱保护服务项目), so that typing 留守 suggests it. Only for what anybody may find: a kind calls this
     * for public documents only.
     */
    public ZhFields suggest(String title, List<String> regionNames) {
        if (title == null || title.isBlank()) {
            return this;
        }
        for (String input : suggestionTexts(title, regionNames)) {
            suggest.add(input);
            List<String> syllables = ChineseText.syllables(input);
            if (!syllables.isEmpty() && ChineseText.hasHan(input)) {
                suggest.add(String.join("", syllables));
                suggest.add(String.join("", ChineseText.initials(syllables)));
            }
        }
        return this;
    }

    /** The folded title, and the same without the region name it starts with (if any). */
    public static List<String> suggestionTexts(String title, List<String> regionNames) {
        String folded = ChineseText.fold(title).strip();
        List<String> texts = new ArrayList<>();
        texts.add(folded);
        regionNames.stream()
                .filter(Objects::nonNull)
                .map(ChineseText::fold)
                .filter(r -> r.length() >= 2 && folded.startsWith(r) && folded.length() > r.length() + 1)
                .max(Comparator.comparingInt(String::length))
                .ifPresent(r -> texts.add(folded.substring(r.length()).strip()));
        return texts;
    }

    /** The {@code zh} object as the index takes it. */
    public Map<String, Object> build() {
        Map<String, Object> zh = new LinkedHashMap<>(fields);
        zh.put("pinyin", List.copyOf(pinyin));
        zh.put("initials", List.copyOf(initials));
        zh.put("places", List.copyOf(places));
        if (!suggest.isEmpty()) {
            zh.put("suggest", Map.of("input", List.copyOf(suggest)));
        }
        return zh;
    }
}
