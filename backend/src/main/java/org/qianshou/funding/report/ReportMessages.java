package org.qianshou.funding.report;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.qianshou.account.AccountDirectory;
import org.qianshou.system.Messages;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.mail.AfterCommitSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * Messages to an agency's members about its reports. Decided inside the transaction that claims them, sent through
 * {@link AfterCommitSender} only once it has committed. One message carries the Chinese and the English text, to the
 * account's e-mail address, or its phone without one.
 */
@Singleton
class ReportMessages {

    private final AccountDirectory accounts;
    private final Messages messages;
    private final ApplicationEventPublisher<ReportNotice> publisher;
    private final AfterCommitSender sender;
    private final String publicUrl;

    ReportMessages(
            AccountDirectory accounts,
            Messages messages,
            ApplicationEventPublisher<ReportNotice> publisher,
            AfterCommitSender sender,
            QianshouConfiguration configuration) {
        this.accounts = accounts;
        this.messages = messages;
        this.publisher = publisher;
        this.sender = sender;
        this.publicUrl = configuration.publicUrl().replaceAll("/+$", "");
    }

    /**
     * Tells the account with the message {@code mail.<template>}; arguments: {0} the funder, {1} the due date, {2}
     * the days left, {3} the link to the report, {4} the project.
     */
    void tell(long accountId, String template, Object... args) {
        Identifier to = recipientOf(accountId);
        if (to == null) {
            return;
        }
        String subject = messages.get(Messages.CHINESE, "mail." + template + ".subject", args) + " / "
                + messages.get(Locale.ENGLISH, "mail." + template + ".subject", args);
        String text = messages.get(Messages.CHINESE, "mail." + template + ".text", args) + "\n\n"
                + messages.get(Locale.ENGLISH, "mail." + template + ".text", args);
        publisher.publishEvent(new ReportNotice(new OutgoingMessage(to, template, subject, text)));
    }

    String reportLink(long organisationId, long reportId) {
        return publicUrl + "/my/organisations/" + organisationId + "/funding/reports/" + reportId;
    }

    @TransactionalEventListener
    void afterCommit(ReportNotice notice) {
        sender.send(notice.message());
    }

    private Identifier recipientOf(long accountId) {
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
