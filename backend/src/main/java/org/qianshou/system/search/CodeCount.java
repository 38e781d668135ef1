package org.qianshou.system.search;

import io.micronaut.serde.annotation.Serdeable;

/** A facet value of a vocabulary (a target group, a category, a kind) and how many hits carry it. */
@Serdeable
public record CodeCount(String code, long count) {}
