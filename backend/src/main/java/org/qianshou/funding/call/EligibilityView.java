package org.qianshou.funding.call;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/** An {@link EligibilityVerdict} as the API answers it: each rule's message in the caller's language. */
@Serdeable
public record EligibilityView(boolean eligible, List<Check> checks) {

    /** One rule: {@code verified}, {@code kind}, {@code subtype}, {@code region}, {@code targetGroup}, {@code socialWorkers}. */
    @Serdeable
    public record Check(String rule, boolean ok, String message) {}

    static EligibilityView of(EligibilityVerdict verdict, Locale locale) {
        return new EligibilityView(
                verdict.eligible(),
                verdict.checks().stream()
                        .map(c -> new Check(c.rule(), c.ok(), c.message(locale)))
                        .toList());
    }
}
