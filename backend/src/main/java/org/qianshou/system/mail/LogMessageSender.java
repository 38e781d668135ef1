package org.qianshou.system.mail;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local runs without SMTP: writes the message to the log, with the recipient masked, so that a
 * developer can read a sign-up code or reset link. Also the stand-in for SMS until an SMS adapter exists.
 */
@Singleton
@Requires(property = "javamail.enabled", notEquals = "true")
public class LogMessageSender implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(LogMessageSender.class);

    @Override
    public void send(OutgoingMessage message) {
        LOG.info(
                "[message not sent: no SMTP/SMS configured] {} to {}: {} | {}",
                message.template(),
                message.to().masked(),
                message.subject(),
                message.text().replace('\n', ' '));
    }
}
