package org.qianshou.funding.award;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the {@link AwardAccepted} events the award tests cause. */
@Singleton
@Requires(property = "spec.name", value = "awards")
class AcceptedAwards implements ApplicationEventListener<AwardAccepted> {

    final List<Long> ids = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(AwardAccepted event) {
        ids.add(event.awardId());
    }
}
