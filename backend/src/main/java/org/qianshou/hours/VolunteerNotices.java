package org.qianshou.hours;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.qianshou.account.AccountDirectory;
import org.qianshou.system.Messages;
import org.qianshou.system.mail.AfterCommitSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * Tells a volunteer that a record of theirs was corrected (in Chinese and English in one message, from the hours
 * bundle), through the
 * message sender once the correction has committed. An account without a phone or e-mail is not told.
 */
@Singleton
class VolunteerNotices {

    private final AccountDirectory accounts;
    private final AfterCommitSender sender;
    private final Messages messages;

    VolunteerNotices(AccountDirectory accounts, AfterCommitSender sender, Messages messages) {
        this.accounts = accounts;
        this.sender = sender;
        this.messages = messages;
    }

    private String text(Locale locale, ServiceRecords.Correction correction, String hours) {
        String text = messages.get(locale, "notice.record-corrected.text", correction.activity(), hours);
        return correction.revokedCertificates() > 0
                ? text + " " + messages.get(locale, "notice.record-corrected.revoked")
                : text;
    }

    /** Call after the correction's transaction has committed. */
    void corrected(ServiceRecords.Correction correction) {
        AccountDirectory.Contact contact = accounts.contactOf(correction.volunteerAccountId());
        Optional<Identifier> to = Optional.ofNullable(contact.email())
                .or(() -> Optional.ofNullable(contact.phone()))
                .flatMap(Identifiers::parse);
        if (to.isEmpty()) {
            return;
        }
        String hours = Hours.of(correction.record().minutes());
        String text = text(Messages.CHINESE, correction, hours) + "\n\n" + text(Locale.ENGLISH, correction, hours);
        String subject = messages.get(Messages.CHINESE, "notice.record-corrected.subject") + " / "
                + messages.get(Locale.ENGLISH, "notice.record-corrected.subject");
        sender.send(new OutgoingMessage(to.get(), "record-corrected", subject, text));
    }
}
