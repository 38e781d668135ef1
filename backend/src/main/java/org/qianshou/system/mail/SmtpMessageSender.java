package org.qianshou.system.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import java.util.Properties;
import org.qianshou.system.security.Identifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail over SMTP ({@code javamail.*}, research §7) through micronaut-email; UTF-8 subject and body.
 * Phone numbers go to {@link LogMessageSender} (masked) until an SMS adapter exists. A failure is logged
 * with the template and the exception's class only, never the address, and never thrown.
 * {@code io.micronaut.email} logs addresses in its errors, so logback.xml silences it.
 */
@Singleton
@Requires(property = "javamail.enabled", value = "true")
public class SmtpMessageSender implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMessageSender.class);

    private final EmailSender<?, ?> email;
    private final LogMessageSender phoneFallback = new LogMessageSender();

    public SmtpMessageSender(EmailSender<?, ?> email) {
        this.email = email;
    }

    @Override
    public void send(OutgoingMessage message) {
        if (message.to().kind() != Identifiers.Kind.EMAIL) {
            phoneFallback.send(message);
            return;
        }
        try {
            Email.Builder builder = Email.builder()
                    .to(message.to().value())
                    .subject(message.subject())
                    .body(message.text());
            if (message.headers().isEmpty()) {
                email.send(builder);
            } else {
                @SuppressWarnings("unchecked")
                EmailSender<Object, ?> withHeaders = (EmailSender<Object, ?>) email;
                withHeaders.send(builder, request -> headers(request, message.headers()));
            }
            LOG.info("Sent {} e-mail to {}", message.template(), message.to().masked());
        } catch (RuntimeException e) {
            // The exception's message may hold the address (SendFailedException): log only its class.
            LOG.warn(
                    "Could not send {} e-mail to {}: {}",
                    message.template(),
                    message.to().masked(),
                    rootCauseClass(e));
        }
    }

    /** Sets the message's extra headers on the MIME message the sender composed. */
    private static void headers(Object request, java.util.Map<String, String> headers) {
        if (request instanceof jakarta.mail.Part mime) {
            try {
                for (var header : headers.entrySet()) {
                    mime.setHeader(header.getKey(), header.getValue());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("header not set", e);
            }
        }
    }

    private static String rootCauseClass(Throwable e) {
        StringBuilder chain = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            chain.append(" <- ").append(t.getClass().getSimpleName());
        }
        return chain.toString();
    }

    /**
     * The framework's {@code DefaultSessionProvider} uses {@code Session.getDefaultInstance}, a JVM-wide
     * singleton: the first application context's SMTP settings would stick for every later one (tests start
     * several, each with its own mail server). This one builds the session from this context's settings.
     */
    @Singleton
    @Requires(property = "javamail.enabled", value = "true")
    @Requires(beans = MailPropertiesProvider.class)
    static final class ContextSessionProvider implements SessionProvider {

        private final Session session;

        ContextSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
            Properties props = properties.mailProperties();
            if (authenticator != null && !props.containsKey("mail.smtp.auth")) {
                props.setProperty("mail.smtp.auth", "true");
            }
            this.session = Session.getInstance(props, authenticator);
        }

        @Override
        public Session session() {
            return session;
        }
    }
}
