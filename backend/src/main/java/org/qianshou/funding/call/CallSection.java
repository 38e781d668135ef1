package org.qianshou.funding.call;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A section an application to the call has: {@code need}, {@code objectives}, {@code activities}, {@code beneficiaries},
 * {@code budget} or {@code indicators}, whether it must be filled in to submit, the funder's guidance and the most
 * characters its text may have.
 */
@Serdeable
public record CallSection(String code, boolean required, String guidance, int maxChars) {}
