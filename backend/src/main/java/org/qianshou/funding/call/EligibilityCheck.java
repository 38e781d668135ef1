package org.qianshou.funding.call;

/**
 * One rule of a call's eligibility and how an organisation fares: {@code rule} is {@code verified}, {@code kind},
 * {@code subtype}, {@code region}, {@code targetGroup} or {@code socialWorkers}; each message (Chinese and English)
 * states the rule and the organisation's own fact.
 */
public record EligibilityCheck(String rule, boolean ok, String messageZh, String messageEn) {

    /** The message in the language asked for ({@code en} or anything else for Chinese). */
    public String message(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
