package org.qianshou.search;

/** A facet value (region, target group or category code) and how many projects carry it. */
public record FacetCount(String key, long count) {}
