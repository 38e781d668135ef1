package org.qianshou.funding.call;

import java.util.List;

/**
 * Whether an organisation may apply to a call, rule by rule (contract: {@code funding.call.Eligibility}). Eligible
 * when every check is.
 */
public record EligibilityVerdict(boolean eligible, List<EligibilityCheck> checks) {

    public EligibilityVerdict {
        checks = List.copyOf(checks);
    }

    /** The checks that failed. */
    public List<EligibilityCheck> failed() {
        return checks.stream().filter(c -> !c.ok()).toList();
    }
}
