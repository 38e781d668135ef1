package org.qianshou.opening;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A skill an opening wants. A row of {@code opening_skill}. */
@MappedEntity("opening_skill")
record OpeningSkill(@EmbeddedId Key id) {

    OpeningSkill(long openingId, String code) {
        this(new Key(openingId, code));
    }

    String code() {
        return id.skillCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("opening_id") long openingId,
            @MappedProperty("skill_code") String skillCode) {}
}
