package org.qianshou.volunteer;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of {@code volunteer_availability} (V8). */
@MappedEntity("volunteer_availability")
record VolunteerAvailability(@EmbeddedId Key id) {

    VolunteerAvailability(long accountId, String code) {
        this(new Key(accountId, code));
    }

    String code() {
        return id.slot();
    }

    @Embeddable
    record Key(
            @MappedProperty("account_id") long accountId,
            @MappedProperty("slot") String slot) {}
}
