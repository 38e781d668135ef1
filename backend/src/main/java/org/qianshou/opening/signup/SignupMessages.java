package org.qianshou.opening.signup;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.qianshou.account.AccountDirectory;
import org.qianshou.opening.ShiftFacts;
import org.qianshou.system.Messages;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.mail.AfterCommitSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * Messages to volunteers about their sign-ups: signed up, pending, waitlisted, promoted, approved, declined, shift
 * changed, shift cancelled, and the reminder before a shift. Decided inside the transaction that changes the
 * sign-up, sent through {@link AfterCommitSender} only once it has committed (a rolled-back decision tells nobody).
 * One message carries the Chinese and the English text, to the account's e-mail address, or its phone without one.
 */
@Singleton
class SignupMessages {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AccountDirectory accounts;
    private final Messages messages;
    private final ApplicationEventPublisher<SignupNotice> publisher;
    private final AfterCommitSender sender;
    private final String publicUrl;

    SignupMessages(
            AccountDirectory accounts,
            Messages messages,
            ApplicationEventPublisher<SignupNotice> publisher,
            AfterCommitSender sender,
            QianshouConfiguration configuration) {
        this.accounts = accounts;
        this.messages = messages;
        this.publisher = publisher;
        this.sender = sender;
        this.publicUrl = configuration.publicUrl().replaceAll("/+$", "");
    }

    /**
     * Tells the volunteer about the shift with the message {@code mail.<template>}; arguments: {0} opening title,
     * {1} time, {2} place, {3} link to the opening, {4} the reason or extra text.
     */
    void tell(long accountId, String template, ShiftFacts shift, @Nullable String extra) {
        tell(accountId, template, shift, shift.startsAt(), shift.endsAt(), extra);
    }

    void tell(
            long accountId,
            String template,
            ShiftFacts shift,
            Instant startsAt,
            Instant endsAt,
            @Nullable String extra) {
        tell(recipientOf(accountId), template, shift, startsAt, endsAt, extra);
    }

    /** The same, to a recipient found before ({@link #recipientOf}); nobody when {@code null}. */
    void tell(@Nullable Identifier to, String template, ShiftFacts shift, @Nullable String extra) {
        tell(to, template, shift, shift.startsAt(), shift.endsAt(), extra);
    }

    private void tell(
            @Nullable Identifier to,
            String template,
            ShiftFacts shift,
            Instant startsAt,
            Instant endsAt,
            @Nullable String extra) {
        if (to == null) {
            return;
        }
        Object[] args = {
            shift.openingTitle(),
            span(startsAt, endsAt),
            shift.regionPath() + " " + shift.meetingPlace(),
            publicUrl + "/openings/" + shift.openingId(),
            extra == null ? "" : extra
        };
        String subject = messages.get(Messages.CHINESE, "mail." + template + ".subject", args) + " / "
                + messages.get(Locale.ENGLISH, "mail." + template + ".subject", args);
        String text = messages.get(Messages.CHINESE, "mail." + template + ".text", args) + "\n\n"
                + messages.get(Locale.ENGLISH, "mail." + template + ".text", args);
        publisher.publishEvent(new SignupNotice(new OutgoingMessage(to, template, subject, text)));
    }

    @TransactionalEventListener
    void afterCommit(SignupNotice notice) {
        sender.send(notice.message());
    }

    static String span(Instant startsAt, Instant endsAt) {
        return DAY_TIME.format(startsAt.atZone(SHANGHAI)) + "–" + TIME.format(endsAt.atZone(SHANGHAI));
    }

    /** Where the account's messages go: its e-mail address, else its phone; {@code null} without either. */
    @Nullable
    Identifier recipientOf(long accountId) {
        AccountDirectory.Contact contact = accounts.contactOf(accountId);
        if (contact.email() != null) {
            return new Identifier(Identifiers.Kind.EMAIL, contact.email());
        }
        if (contact.phone() != null) {
            return new Identifier(Identifiers.Kind.PHONE, contact.phone());
        }
        return null;
    }
}
