package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A certificate (志愿服务证明) as issued; what it says never changes (a revocation is a row of its own). */
@MappedEntity("certificate")
record Certificate(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        long organisationId,
        long volunteerAccountId,
        String volunteerName,
        String idNumberMasked,
        String organisationName,
        @Nullable String organisationContact,
        int totalMinutes,
        LocalDate periodFrom,
        LocalDate periodTo,
        @DateCreated @Nullable Instant issuedAt) {}
