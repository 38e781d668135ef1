package org.qianshou.account;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.qianshou.system.mail.MessageSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands messages to the sender off the request thread, after the transaction that decided them has
 * committed: answers then take the same time whether or not a message goes out, and a slow mail
 * server holds neither a request nor a database connection.
 */
@Singleton
class AfterCommitSender {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommitSender.class);

    private final MessageSender sender;
    private final ExecutorService executor;

    AfterCommitSender(MessageSender sender, @Named(TaskExecutors.IO) ExecutorService executor) {
        this.sender = sender;
        this.executor = executor;
    }

    void send(OutgoingMessage message) {
        executor.execute(() -> {
            try {
                sender.send(message);
            } catch (RuntimeException e) {
                LOG.error(
                        "Sending {} failed: {}",
                        message.template(),
                        e.getClass().getSimpleName());
            }
        });
    }
}
