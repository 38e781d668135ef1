package org.qianshou.opening;

import java.time.Instant;

/**
 * Published in the transaction that moves a shift to another time or gives it more places, with the times it had
 * before. The sign-up feature listens: after a move it tells the volunteers signed up (and ends the sign-ups that no
 * longer fit); in both cases it promotes the waitlist into free places.
 */
public record ShiftChanged(long shiftId, Instant oldStart, Instant oldEnd) {}
