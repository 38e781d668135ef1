package org.qianshou.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The one row of {@code demo_data_load}: demo data was generated, how many projects and from which seed. */
@MappedEntity("demo_data_load")
record DemoDataLoad(
        @Id int id,
        int projects,
        long seed,
        @DateCreated @Nullable Instant loadedAt) {}
