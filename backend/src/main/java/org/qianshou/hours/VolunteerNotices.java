package org.qianshou.hours;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.qianshou.account.AccountDirectory;
import org.qianshou.system.mail.AfterCommitSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * Tells a volunteer that a record of theirs was corrected (in Chinese and English in one message), through the
 * message sender once the correction has committed. An account without a phone or e-mail is not told.
 */
@Singleton
class VolunteerNotices {

    private final AccountDirectory accounts;
    private final AfterCommitSender sender;

    VolunteerNotices(AccountDirectory accounts, AfterCommitSender sender) {
        this.accounts = accounts;
        this.sender = sender;
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
        String text = "您在“" + correction.activity() + "”的志愿服务记录已更正为 " + hours + " 小时。"
                + (correction.revokedCertificates() > 0 ? "包含该记录的志愿服务证明已失效，可重新申请。" : "")
                + "\n\nYour volunteer record for \"" + correction.activity() + "\" was corrected to " + hours
                + " hours."
                + (correction.revokedCertificates() > 0
                        ? " Certificates that included it were revoked; you can request a new one."
                        : "");
        sender.send(new OutgoingMessage(to.get(), "record-corrected", "志愿服务记录已更正 / Volunteer record corrected", text));
    }
}
