package org.qianshou.system.mail;

import org.qianshou.system.security.Identifiers.Identifier;

/**
 * One message to one person, already in their language.
 *
 * @param to a normalised phone number or e-mail address
 * @param template what kind of message it is (for logs, which never show the text's secrets)
 * @param subject the subject line (e-mail)
 * @param text the plain-text body; may contain a one-time code or link
 */
public record OutgoingMessage(Identifier to, String template, String subject, String text) {

    @Override
    public String toString() {
        return "OutgoingMessage[to=" + to.masked() + ", template=" + template + "]";
    }
}
