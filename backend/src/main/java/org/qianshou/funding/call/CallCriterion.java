package org.qianshou.funding.call;

import io.micronaut.serde.annotation.Serdeable;

/** A criterion of the call's review rubric: its weight in percent (the weights of a call sum to 100). */
@Serdeable
public record CallCriterion(long id, int seq, String name, String description, int weight) {}
