package org.qianshou.funding.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.qianshou.system.WholeNumberDeserializer;

/**
 * A call as a funder's member submits it (contract: {@code CallRequest}). Money is integer fen; shares are basis
 * points; weights percent. An edit names the {@code version} it changes. Fields left out take their defaults: a
 * management-fee cap of 1000 bp (10 %), region basis {@code either}, no subtype or target-group restriction, no minimum
 * of social workers, one stage, open review, scores 0–10, a report every 3 months, the six sections (all required, 5,000
 * characters each), no tranche and no criterion yet (publishing needs both).
 */
@Serdeable
public record CallRequest(
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 20000) String description,
        @NotBlank String fundingType,
        @Nullable String programme,

        @NotNull @Serdeable.Deserializable(using = WholeNumberDeserializer.class)
        Long poolFen,

        @NotNull @Serdeable.Deserializable(using = WholeNumberDeserializer.class)
        Long maxAwardFen,

        @Nullable Integer managementFeeCapBp,
        @NotBlank String regionCode,
        @Nullable String regionBasis,
        @Nullable @Size(max = 6) List<@NotBlank String> subtypes,
        @Nullable @Size(max = 13) List<@NotBlank String> targetGroups,
        @Nullable Integer minSocialWorkers,
        @NotNull OffsetDateTime opensAt,
        @NotNull OffsetDateTime closesAt,
        @Nullable Boolean twoStage,
        @Nullable OffsetDateTime conceptClosesAt,
        @Nullable Boolean blindReview,
        @Nullable Integer scoreMin,
        @Nullable Integer scoreMax,
        @Nullable Integer reportIntervalMonths,
        @Nullable @Size(max = 6) List<@Valid @NotNull Section> sections,
        @Nullable @Size(max = 12) List<@Valid @NotNull Tranche> tranches,
        @Nullable @Size(max = 30) List<@Valid @NotNull Criterion> criteria,
        @Nullable Long version) {

    /** 100 亿元 in fen: more than any pool, and exact in every JSON client (below 2^53). */
    public static final long MAX_FEN = 1_000_000_000_000L;

    static final int DEFAULT_MAX_CHARS = 5000;

    /** A section of the application form. */
    @Serdeable
    public record Section(
            @NotBlank String code,
            @Nullable Boolean required,
            @Nullable @Size(max = 2000) String guidance,
            @Nullable Integer maxChars) {}

    /** A tranche of the schedule: {@code seq} from 1, its share in basis points, its report's due day (not the first). */
    @Serdeable
    public record Tranche(
            @NotNull Integer seq,
            @NotNull Integer shareBp,
            @Nullable LocalDate reportDueOn) {}

    /** A criterion of the rubric with its weight in percent. */
    @Serdeable
    public record Criterion(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 2000) String description,
            @NotNull Integer weight) {}

    int feeCapBp() {
        return managementFeeCapBp == null ? 1000 : managementFeeCapBp;
    }

    String basis() {
        return regionBasis == null ? "either" : regionBasis;
    }

    List<String> subtypeCodes() {
        return subtypes == null ? List.of() : subtypes;
    }

    List<String> targetGroupCodes() {
        return targetGroups == null ? List.of() : targetGroups;
    }

    int minWorkers() {
        return minSocialWorkers == null ? 0 : minSocialWorkers;
    }

    boolean isTwoStage() {
        return Boolean.TRUE.equals(twoStage);
    }

    boolean isBlind() {
        return Boolean.TRUE.equals(blindReview);
    }

    int low() {
        return scoreMin == null ? 0 : scoreMin;
    }

    int high() {
        return scoreMax == null ? 10 : scoreMax;
    }

    int interval() {
        return reportIntervalMonths == null ? 3 : reportIntervalMonths;
    }

    String text() {
        return description == null ? "" : description.strip();
    }

    /** The sections as stored: the given ones, or the six with their defaults. */
    List<CallSection> sectionList() {
        if (sections == null) {
            return CallStatus.SECTIONS.stream()
                    .map(code -> new CallSection(code, true, "", DEFAULT_MAX_CHARS))
                    .toList();
        }
        return sections.stream()
                .map(s -> new CallSection(
                        s.code(),
                        !Boolean.FALSE.equals(s.required()),
                        s.guidance() == null ? "" : s.guidance().strip(),
                        s.maxChars() == null ? DEFAULT_MAX_CHARS : s.maxChars()))
                .toList();
    }

    List<CallTranche> trancheList() {
        return tranches == null
                ? List.of()
                : tranches.stream()
                        .map(t -> new CallTranche(t.seq(), t.shareBp(), t.reportDueOn()))
                        .toList();
    }

    List<Criterion> criterionList() {
        return criteria == null ? List.of() : criteria;
    }
}
