package org.qianshou.organisation;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A target group an organisation serves. A row of {@code organisation_target_group}. */
@MappedEntity("organisation_target_group")
record OrganisationTargetGroup(@EmbeddedId Key id) {

    OrganisationTargetGroup(long organisationId, String code) {
        this(new Key(organisationId, code));
    }

    String code() {
        return id.targetGroupCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("organisation_id") long organisationId,
            @MappedProperty("target_group_code") String targetGroupCode) {}
}
