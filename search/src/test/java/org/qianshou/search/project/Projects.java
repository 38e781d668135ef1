package org.qianshou.search.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test projects in real Yunnan regions. */
public final class Projects {
    public static final Map<String, String> REGION_NAMES = Map.of(
            "53", "云南省",
            "5301", "昆明市",
            "530102", "五华区",
            "5306", "昭通市",
            "530621", "鲁甸县",
            "530627", "镇雄县",
            "530621100", "文屏镇",
            "5333", "怒江傈僳族自治州",
            "533321", "泸水市");

    private Projects() {}

    public static ProjectDocument project(
            long id,
            String title,
            String description,
            String region,
            List<String> targetGroups,
            List<String> categories) {
        return project(id, 1, title, description, region, targetGroups, categories, "published");
    }

    public static ProjectDocument project(
            long id,
            long version,
            String title,
            String description,
            String region,
            List<String> targetGroups,
            List<String> categories,
            String status) {
        List<String> ancestors = ancestors(region);
        return new ProjectDocument(
                id,
                version,
                title,
                description,
                100 + id,
                "社会工作服务中心 " + id,
                List.of(region),
                ancestors,
                ancestors.stream().map(REGION_NAMES::get).toList(),
                targetGroups,
                categories,
                "demonstration",
                "government-purchase",
                status,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 12, 31),
                5_000_000,
                true,
                Instant.parse("2026-01-01T00:00:00.123456Z").plusSeconds(id),
                "draft".equals(status)
                        ? null
                        : Instant.parse("2025-12-01T00:00:00Z").plusSeconds(id));
    }

    private static List<String> ancestors(String code) {
        Set<String> codes = new LinkedHashSet<>();
        for (int length : new int[] {2, 4, 6, 9, 12}) {
            if (code.length() >= length) {
                codes.add(code.substring(0, length));
            }
        }
        return new ArrayList<>(codes);
    }
}
