package org.qianshou.search.opening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test openings in real Yunnan regions. */
final class Openings {
    static final Map<String, String> REGION_NAMES = Map.of(
            "53", "云南省",
            "5301", "昆明市",
            "530102", "五华区",
            "5306", "昭通市",
            "530627", "镇雄县",
            "530627001", "乌峰街道");

    private Openings() {}

    static OpeningDocument.Shift shift(long id, Instant start, int capacity, int confirmed, String status) {
        return new OpeningDocument.Shift(
                id,
                start,
                start.plusSeconds(3 * 3600),
                capacity,
                confirmed,
                "open".equals(status) ? capacity - confirmed : 0,
                status);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    static OpeningDocument opening(
            long id,
            String title,
            String region,
            List<String> targetGroups,
            List<String> skills,
            String status,
            Instant now,
            List<OpeningDocument.Shift> shifts) {
        List<String> ancestors = ancestors(region);
        int free = shifts.stream()
                .filter(s -> s.open() && s.startsAt().isAfter(now))
                .mapToInt(OpeningDocument.Shift::free)
                .sum();
        Instant lastEnd = shifts.stream()
                .filter(OpeningDocument.Shift::open)
                .map(OpeningDocument.Shift::endsAt)
                .max(Instant::compareTo)
                .orElse(null);
        return new OpeningDocument(
                id,
                1,
                title,
                title + "：志愿者陪伴服务对象。",
                100 + id,
                "社会工作服务中心 " + id,
                10 + id,
                "项目 " + id,
                region,
                ancestors,
                ancestors.stream().map(REGION_NAMES::get).toList(),
                String.join(" › ", ancestors.stream().map(REGION_NAMES::get).toList()),
                targetGroups,
                List.of("left-behind-children"),
                skills,
                false,
                "automatic",
                now.plusSeconds(86_400),
                status,
                true,
                shifts,
                free,
                free > 0,
                lastEnd,
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(id),
                Instant.parse("2026-10-01T00:00:00Z").plusSeconds(id));
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
