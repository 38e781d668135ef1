package org.qianshou.funding.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * One tranche of the call's schedule: its share of an award in basis points (3000 = 30 %) and, for every tranche after
 * the first, the day (Asia/Shanghai) the report whose approval makes it payable is due.
 */
@Serdeable
public record CallTranche(int seq, int shareBp, @Nullable LocalDate reportDueOn) {}
