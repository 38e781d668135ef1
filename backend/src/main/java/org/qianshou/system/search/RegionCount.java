package org.qianshou.system.search;

import io.micronaut.serde.annotation.Serdeable;

/** A region of a region facet, with its name, and how many hits lie in it or below it. */
@Serdeable
public record RegionCount(String code, String name, long count) {}
