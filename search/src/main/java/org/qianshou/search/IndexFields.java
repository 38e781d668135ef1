package org.qianshou.search;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.util.Map;
import org.qianshou.search.text.ZhFields;

/**
 * Which of the Chinese-text fields ({@link ZhFields}) and of the region levels ({@link Regions#LEVELS}) an index's
 * mapping has, so that a query asks it only what it can answer ({@link QueryParts#forIndexFields}). An index of the
 * current mapping version has them all; while a rebuild to a new version runs, the index behind the alias may be of a
 * version that had some of them (the folded copies and the pinyin came before the places, the places before the region
 * levels) or none.
 *
 * @param folded the folded copies of the text fields ({@code zh.title}…); without them keywords match the fields as
 *     written
 * @param pinyin the pinyin and initials of titles and names ({@code zh.pinyin}, {@code zh.initials})
 * @param places the places' whole names in pinyin and their initials ({@code zh.places})
 * @param regionLevels the region codes by level ({@code regionLevels.counties}…); without them the region facet
 *     counts on {@code regionAncestors}
 */
public record IndexFields(boolean folded, boolean pinyin, boolean places, boolean regionLevels) {

    /** An index of the current mapping version. */
    public static final IndexFields ALL = new IndexFields(true, true, true, true);

    /**
     * An index whose version is not known: asked for the Chinese-text fields as usual, and for the region facet on
     * {@code regionAncestors}, which every version has.
     */
    public static final IndexFields ALL_BUT_REGION_LEVELS = new IndexFields(true, true, true, false);

    /** An index from before the Chinese-text fields: the text fields as written, nothing else. */
    public static final IndexFields AS_WRITTEN = new IndexFields(false, false, false, false);

    /** An index of a version from before the region levels, with these of the Chinese-text fields. */
    public IndexFields(boolean folded, boolean pinyin, boolean places) {
        this(folded, pinyin, places, false);
    }

    /**
     * What a mapping has: the {@value ZhFields#OBJECT} object, with or without its pinyin and places, and the {@value
     * Regions#LEVELS} object.
     */
    static IndexFields of(TypeMapping mapping) {
        Property zh = mapping == null ? null : mapping.properties().get(ZhFields.OBJECT);
        boolean levels = mapping != null && mapping.properties().containsKey(Regions.LEVELS);
        if (zh == null || !zh.isObject()) {
            return new IndexFields(false, false, false, levels);
        }
        Map<String, Property> fields = zh.object().properties();
        return new IndexFields(
                true,
                fields.containsKey(field(ZhFields.PINYIN)) && fields.containsKey(field(ZhFields.INITIALS)),
                fields.containsKey(field(ZhFields.PLACES)),
                levels);
    }

    /** {@code zh.places} → {@code places}. */
    private static String field(String path) {
        return path.substring(ZhFields.OBJECT.length() + 1);
    }
}
