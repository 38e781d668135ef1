package org.qianshou.funding.application;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
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
 * and English in one message. The messages are made inside the deciding transaction (which reads the members and
 * their addresses) and handed to the sender once it has committed; a member without a phone or e-mail is not told.
 */
@Singleton
class ApplicationNotices {

    private final MemberService members;
    private final AccountDirectory accounts;
    private final AfterCommitSender sender;
    private final Messages messages;
    private final QianshouConfiguration config;
    private final ApplicationEventPublisher<Outgoing> publisher;

    ApplicationNotices(
            MemberService members,
            AccountDirectory accounts,
            AfterCommitSender sender,
            Messages messages,
            QianshouConfiguration config,
            ApplicationEventPublisher<Outgoing> publisher) {
        this.publisher = publisher;
        this.members = members;
        this.accounts = accounts;
        this.sender = sender;
        this.messages = messages;
        this.config = config;
    }

    /** The messages of one decision, sent after the commit. */
    record Outgoing(List<OutgoingMessage> messages) {}

    /** Call inside the deciding transaction. */
    void decided(ApplicationDecided event) {
        String key = "notice.application." + event.decision();
        String link = config.publicUrl().replaceAll("/+$", "") + "/my/organisations/" + event.organisationId()
                + "/funding/applications/" + event.applicationId();
        String text = text(Messages.CHINESE, key, event, link) + "\n\n" + text(Locale.ENGLISH, key, event, link);
        String subject = messages.get(Messages.CHINESE, key + ".subject") + " / "
                + messages.get(Locale.ENGLISH, key + ".subject");
        List<OutgoingMessage> outgoing = new ArrayList<>();
        for (long accountId : members.accountIds(event.organisationId())) {
            AccountDirectory.Contact contact = accounts.contactOf(accountId);
            Optional<Identifier> to = Optional.ofNullable(contact.email())
                    .or(() -> Optional.ofNullable(contact.phone()))
                    .flatMap(Identifiers::parse);
            to.ifPresent(identifier ->
                    outgoing.add(new OutgoingMessage(identifier, "application-" + event.decision(), subject, text)));
        }
        publisher.publishEvent(new Outgoing(outgoing));
    }

    @TransactionalEventListener
    void afterCommit(Outgoing outgoing) {
        outgoing.messages().forEach(sender::send);
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
