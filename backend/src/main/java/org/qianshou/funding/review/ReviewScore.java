package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A reviewer's score of one criterion of the call's rubric, with a comment ({@code funding_review_score}). */
@MappedEntity("funding_review_score")
record ReviewScore(
        @Id @GeneratedValue @Nullable Long id, long assignmentId, long criterionId, int score, String comment) {}
