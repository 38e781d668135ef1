package org.qianshou.project;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A target group a project serves. A row of {@code project_target_group}. */
@MappedEntity("project_target_group")
record ProjectTargetGroup(@EmbeddedId Key id) {

    ProjectTargetGroup(long projectId, String code) {
        this(new Key(projectId, code));
    }

    String code() {
        return id.targetGroupCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("project_id") long projectId,
            @MappedProperty("target_group_code") String targetGroupCode) {}
}
