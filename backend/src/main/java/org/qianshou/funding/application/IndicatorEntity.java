package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One outcome indicator of an application: what it measures, in which unit, and the target. */
@MappedEntity("funding_application_indicator")
record IndicatorEntity(
        @Id @GeneratedValue @Nullable Long id,
        long applicationId,
        int seq,
        String name,
        String unit,
        BigDecimal target) {}
