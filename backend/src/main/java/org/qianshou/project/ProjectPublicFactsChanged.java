package org.qianshou.project;

/**
 * Published, in the transaction that makes the change, when what other features show of a project changed: its title.
 * The story feature listens and re-announces the project's stories to the search index.
 */
public record ProjectPublicFactsChanged(long projectId) {}
