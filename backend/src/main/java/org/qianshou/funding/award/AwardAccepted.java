package org.qianshou.funding.award;

/**
 * The agency accepted an award (and its conditions): published inside the accepting transaction, so a listener that
 * writes (the report schedule) commits or rolls back with the acceptance. Published for an award of a call's pool, not
 * for the matching awards that follow it: they are accepted with it, and the report schedule's listener makes their
 * reports too.
 */
public record AwardAccepted(long awardId) {}
