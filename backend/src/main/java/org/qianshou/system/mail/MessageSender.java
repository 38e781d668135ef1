package org.qianshou.system.mail;

/**
 * The one way out for messages to people: sign-up codes, reset links, invitations. Implementations:
 * {@link SmtpMessageSender} (e-mail over SMTP, when {@code javamail.enabled=true}) and
 * {@link LogMessageSender} (local runs; phone numbers until an SMS adapter exists). Implementations
 * never log a recipient's address unmasked.
 */
public interface MessageSender {

    /**
     * Sends one message; failures are logged without the address and never thrown to the caller, so
     * that an answer never tells whether a message went out.
     */
    void send(OutgoingMessage message);
}
