package org.qianshou.project;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A service category of a project. A row of {@code project_service_category}. */
@MappedEntity("project_service_category")
record ProjectServiceCategory(@EmbeddedId Key id) {

    ProjectServiceCategory(long projectId, String code) {
        this(new Key(projectId, code));
    }

    String code() {
        return id.categoryCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("project_id") long projectId,
            @MappedProperty("category_code") String categoryCode) {}
}
