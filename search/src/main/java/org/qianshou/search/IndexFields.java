package org.qianshou.search;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.util.Map;
import org.qianshou.search.text.ZhFields;

/**
 * Which of the Chinese-text fields ({@link ZhFields}) an index's mapping has, so that a keyword query asks it only what
 * it can answer ({@link QueryParts#forIndexFields}). An index of the current mapping version has them all; while a
 * rebuild to a new version runs, the index behind the alias may be of a version that had some of them (the folded copies
 * and the pinyin came before the places) or none.
 *
 * @param folded the folded copies of the text fields ({@code zh.title}…); without them keywords match the fields as
 *     written
 * @param pinyin the pinyin and initials of titles and names ({@code zh.pinyin}, {@code zh.initials})
 * @param places the places' whole names in pinyin and their initials ({@code zh.places})
 */
public record IndexFields(boolean folded, boolean pinyin, boolean places) {

    /** An index of the current mapping version. */
    public static final IndexFields ALL = new IndexFields(true, true, true);

    /** An index from before the Chinese-text fields: the text fields as written, nothing else. */
    public static final IndexFields AS_WRITTEN = new IndexFields(false, false, false);

    /** What a mapping has: the {@value ZhFields#OBJECT} object, with or without its pinyin and places. */
    static IndexFields of(TypeMapping mapping) {
        Property zh = mapping == null ? null : mapping.properties().get(ZhFields.OBJECT);
        if (zh == null || !zh.isObject()) {
            return AS_WRITTEN;
        }
        Map<String, Property> fields = zh.object().properties();
        return new IndexFields(
                true,
                fields.containsKey(field(ZhFields.PINYIN)) && fields.containsKey(field(ZhFields.INITIALS)),
                fields.containsKey(field(ZhFields.PLACES)));
    }

    /** {@code zh.places} → {@code places}. */
    private static String field(String path) {
        return path.substring(ZhFields.OBJECT.length() + 1);
    }
}
