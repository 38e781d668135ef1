package org.qianshou.project;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A region a project works in. A row of {@code project_region}. */
@MappedEntity("project_region")
record ProjectRegion(@EmbeddedId Key id) {

    ProjectRegion(long projectId, String code) {
        this(new Key(projectId, code));
    }

    String code() {
        return id.regionCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("project_id") long projectId,
            @MappedProperty("region_code") String regionCode) {}
}
