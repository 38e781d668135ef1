package org.qianshou.system.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qianshou.system.security.Roles;

/** {@code POST /api/admin/search/rebuild}: rebuilds every index from PostgreSQL. */
@Controller("/api/admin/search")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchAdminController {

    private final SearchRebuild rebuild;

    SearchAdminController(SearchRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /**
     * Rebuilds every search index from PostgreSQL, kind after kind. The answer holds the first kind's result
     * (projects) at the top level, as before there were other kinds, and every other kind's under its name: {@code
     * {index, documents, databaseCount, organisations: {index, documents, databaseCount}}}.
     */
    @Post("/rebuild")
    Map<String, Object> rebuild() {
        Map<String, Object> answer = new LinkedHashMap<>();
        rebuild.rebuildAll().forEach((name, result) -> {
            if (answer.isEmpty()) {
                answer.put("index", result.index());
                answer.put("documents", result.documents());
                answer.put("databaseCount", result.databaseCount());
            } else {
                answer.put(name, result);
            }
        });
        return answer;
    }
}
