package org.qianshou.system.mail;

import java.util.Map;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * One message to one person, already in their language.
 *
 * @param to a normalised phone number or e-mail address
 * @param template what kind of message it is (for logs, which never show the text's secrets)
 * @param subject the subject line (e-mail)
 * @param text the plain-text body; may contain a one-time code or link
 * @param headers extra e-mail headers (RFC 8058 {@code List-Unsubscribe}, say); none for most messages
 */
public record OutgoingMessage(
        Identifier to, String template, String subject, String text, Map<String, String> headers) {

    public OutgoingMessage {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public OutgoingMessage(Identifier to, String template, String subject, String text) {
        this(to, template, subject, text, Map.of());
    }

    @Override
    public String toString() {
        return "OutgoingMessage[to=" + to.masked() + ", template=" + template + "]";
    }
}
