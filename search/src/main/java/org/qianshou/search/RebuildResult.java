package org.qianshou.search;

/** The index a rebuild created (now behind the alias) and how many documents it holds. */
public record RebuildResult(String index, long documents) {}
