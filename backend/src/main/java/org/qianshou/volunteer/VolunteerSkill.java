package org.qianshou.volunteer;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of {@code volunteer_skill} (V8). */
@MappedEntity("volunteer_skill")
record VolunteerSkill(@EmbeddedId Key id) {

    VolunteerSkill(long accountId, String code) {
        this(new Key(accountId, code));
    }

    String code() {
        return id.skillCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("account_id") long accountId,
            @MappedProperty("skill_code") String skillCode) {}
}
