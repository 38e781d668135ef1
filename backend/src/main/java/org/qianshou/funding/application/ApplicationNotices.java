package org.qianshou.funding.application;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.qianshou.account.AccountDirectory;
import org.qianshou.organisation.MemberService;
import org.qianshou.system.Messages;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.mail.AfterCommitSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * Tells the applying agency's members of a funder's decision (shortlisted, or rejected with the reason), in Chinese
 * and English in one message, once the decision has committed. A member without a phone or e-mail is not told.
 */
@Singleton
class ApplicationNotices {

    private final MemberService members;
    private final AccountDirectory accounts;
    private final AfterCommitSender sender;
    private final Messages messages;
    private final QianshouConfiguration config;

    ApplicationNotices(
            MemberService members,
            AccountDirectory accounts,
            AfterCommitSender sender,
            Messages messages,
            QianshouConfiguration config) {
        this.members = members;
        this.accounts = accounts;
        this.sender = sender;
        this.messages = messages;
        this.config = config;
    }

    @TransactionalEventListener
    void decided(ApplicationDecided event) {
        String key = "notice.application." + event.decision();
        String link = config.publicUrl().replaceAll("/+$", "") + "/my/organisations/" + event.organisationId()
                + "/funding/applications/" + event.applicationId();
        String text = text(Messages.CHINESE, key, event, link) + "\n\n" + text(Locale.ENGLISH, key, event, link);
        String subject = messages.get(Messages.CHINESE, key + ".subject") + " / "
                + messages.get(Locale.ENGLISH, key + ".subject");
        for (long accountId : members.accountIds(event.organisationId())) {
            AccountDirectory.Contact contact = accounts.contactOf(accountId);
            Optional<Identifier> to = Optional.ofNullable(contact.email())
                    .or(() -> Optional.ofNullable(contact.phone()))
                    .flatMap(Identifiers::parse);
            to.ifPresent(identifier ->
                    sender.send(new OutgoingMessage(identifier, "application-" + event.decision(), subject, text)));
        }
    }

    private String text(Locale locale, String key, ApplicationDecided event, String link) {
        return messages.get(
                locale,
                key + ".text",
                event.funderName(),
                event.callTitle(),
                event.reason() == null ? "" : event.reason(),
                link);
    }
}
