package org.qianshou.opening;

import java.time.Instant;

/**
 * Published in the transaction that moves a shift to another time, with the times it had before. The sign-up feature
 * listens and tells the volunteers signed up.
 */
public record ShiftChanged(long shiftId, Instant oldStart, Instant oldEnd) {}
