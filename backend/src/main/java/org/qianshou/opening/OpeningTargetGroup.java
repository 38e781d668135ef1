package org.qianshou.opening;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A target group an opening serves. A row of {@code opening_target_group}. */
@MappedEntity("opening_target_group")
record OpeningTargetGroup(@EmbeddedId Key id) {

    OpeningTargetGroup(long openingId, String code) {
        this(new Key(openingId, code));
    }

    String code() {
        return id.targetGroupCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("opening_id") long openingId,
            @MappedProperty("target_group_code") String targetGroupCode) {}
}
