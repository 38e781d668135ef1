package org.qianshou.opening;

/**
 * Published in the transaction that cancels a shift (on its own, or with its opening). The sign-up feature listens,
 * ends the sign-ups and tells the volunteers.
 */
public record ShiftCancelled(long shiftId, String reason) {}
