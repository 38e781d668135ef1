package org.qianshou.opening;

/**
 * Published in the transaction that cancels an opening, after a {@link ShiftCancelled} for each of its open shifts.
 */
public record OpeningCancelled(long openingId, String reason) {}
