package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.search.text.ZhFields;

class QueryPartsTest {

    private static JsonNode clauses(String text, boolean loose) throws Exception {
        java.util.function.Supplier<Query> build = () -> Query.of(q -> q.bool(b -> {
            BoolQuery.Builder builder = b;
            QueryParts.keywordClauses(
                    builder, QueryParts.keywords(text), List.of("title^4", "regionNames"), List.of("title.bigram^4"));
            return builder;
        }));
        Query query = loose ? QueryParts.loosely(build).orElseThrow() : build.get();
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(query, new JacksonJsonpMapper()));
    }

    @Test
    void pinyinSyllablesTypedApartAreOneKeyword() {
        assertThat(QueryParts.keywords("zhao tong")).containsExactly("zhao tong");
        assertThat(QueryParts.keywords("liushou er tong 昭通")).containsExactly("liushou er tong", "昭通");
        // words of two or more syllables each stay keywords of their own
        assertThat(QueryParts.keywords("liushou ertong")).containsExactly("liushou", "ertong");
        assertThat(QueryParts.keywords("shi")).containsExactly("shi");
        assertThat(QueryParts.keywords("xian 留守 he")).containsExactly("xian", "留守", "he");
    }

    @Test
    void aPlaceIsMatchedWholeAndASingleSyllableMatchesNoPinyin() throws Exception {
        String zhaotong = clauses("zhaotong", false).toString();
        assertThat(zhaotong).contains("\"" + ZhFields.PLACES + "\"", "\"zhaotong\"", "zhao tong");

        String shi = clauses("shi", false).toString();
        assertThat(shi).doesNotContain(ZhFields.PLACES, ZhFields.PINYIN, ZhFields.INITIALS);
    }

    @Test
    void aPlaceIsMatchedByTheInitialsOfItsWholeNameOfThreeLettersOrMore() throws Exception {
        for (String initials : List.of("zts", "cxz", "zxx")) {
            String query = clauses(initials, false).toString();
            assertThat(query).as(initials).contains("\"" + ZhFields.PLACES + "\"", "\"" + initials + "\"");
        }
        // two letters name dozens of places: only the initials of titles and names
        String zt = clauses("zt", false).toString();
        assertThat(zt).contains(ZhFields.INITIALS).doesNotContain(ZhFields.PLACES);
    }

    @Test
    void anIndexOfAnOlderMappingIsAskedOnlyForTheFieldsItHas() throws Exception {
        java.util.function.Function<IndexFields, String> build = fields -> QueryParts.forIndexFields(fields, () -> {
            try {
                return clauses("liushou zhaotong zts", false).toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String all = build.apply(IndexFields.ALL);
        assertThat(all).contains("zh.title", ZhFields.PINYIN, ZhFields.INITIALS, ZhFields.PLACES);
        // a version with the folded copies and the pinyin, not yet the places (projects version 3)
        String pinyin = build.apply(new IndexFields(true, true, false));
        assertThat(pinyin)
                .contains("zh.title", ZhFields.PINYIN, ZhFields.INITIALS)
                .doesNotContain(ZhFields.PLACES);
        // from before the Chinese-text search: the fields as written
        String asWritten = build.apply(IndexFields.AS_WRITTEN);
        assertThat(asWritten)
                .contains("\"title^4\"")
                .doesNotContain("zh.title", ZhFields.PINYIN, ZhFields.INITIALS, ZhFields.PLACES);
        // outside forIndexFields, every field again
        assertThat(clauses("liushou", false).toString()).contains(ZhFields.PINYIN);
    }

    @Test
    void looseNeedsTwoThirdsOfThePairsOrOneCharacterReplacedInside() throws Exception {
        JsonNode loose = clauses("易地般迁", true);
        List<String> matches = loose.findValuesAsText("minimum_should_match");
        assertThat(matches).contains(QueryParts.PAIRS_MATCH);
        assertThat(QueryParts.PAIRS_MATCH).isEqualTo("2<-34%");
        assertThat(loose.toString()).contains("\"易地迁\"", "\"易般迁\"", "\"slop\":1");
        assertThat(QueryParts.oneCharacterReplaced("留守儿重")).containsExactly("留儿重", "留守重");
        assertThat(QueryParts.oneCharacterReplaced("社工")).isEmpty();
        assertThat(QueryParts.oneCharacterReplaced("liushou")).isEmpty();
    }

    @Test
    void twoThirdsOfThePairsRoundedUp() {
        // minimum_should_match "2<-34%": up to two clauses all; above, 34% of them rounded down may be missing
        for (int pairs = 1; pairs <= 40; pairs++) {
            int required = pairs <= 2 ? pairs : pairs - (int) Math.floor(pairs * 0.34);
            assertThat(required).as("%d pairs", pairs).isEqualTo((int) Math.ceil(pairs * 2 / 3.0));
        }
    }
}
