package org.qianshou.system.mail;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands messages to the sender off the request thread, after the transaction that decided them has
 * committed: answers then take the same time whether or not a message goes out, and a slow mail
 * server holds neither a request nor a database connection. Any feature may use it; the caller sends
 * once its transaction has committed.
 */
@Singleton
public class AfterCommitSender {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommitSender.class);

    private final MessageSender sender;
    private final ExecutorService executor;

    public AfterCommitSender(MessageSender sender, @Named(TaskExecutors.IO) ExecutorService executor) {
        this.sender = sender;
        this.executor = executor;
    }

    public void send(OutgoingMessage message) {
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
