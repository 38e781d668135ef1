package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.qianshou.system.Messages;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Identifiers.Identifier;

/** Messages to people about their account (codes, notes, reset links), in the account's language. */
@Singleton
class AccountMessages {

    private final Messages messages;

    AccountMessages(Messages messages) {
        this.messages = messages;
    }

    /** The message {@code mail.<template>.subject} / {@code .text} in {@code locale}, with {@code args}. */
    OutgoingMessage message(Identifier to, String template, Locale locale, Object... args) {
        return new OutgoingMessage(
                to,
                template,
                messages.get(locale, "mail." + template + ".subject"),
                messages.get(locale, "mail." + template + ".text", args));
    }

    /** A stored language ({@code zh-CN}, {@code en}) for a requested one; the fallback's when none; null if unknown. */
    static @Nullable String language(@Nullable String requested, Locale fallback) {
        if (requested == null || requested.isBlank()) {
            return "en".equals(fallback.getLanguage()) ? "en" : "zh-CN";
        }
        return switch (requested) {
            case "zh-CN", "zh" -> "zh-CN";
            case "en" -> "en";
            default -> null;
        };
    }

    static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Messages.CHINESE;
    }
}
