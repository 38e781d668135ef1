package org.qianshou.search;

/** A facet value (a region, kind, target-group or category code) and how many documents carry it. */
public record FacetCount(String key, long count) {}
