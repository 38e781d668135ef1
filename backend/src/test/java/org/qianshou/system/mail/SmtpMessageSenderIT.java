package org.qianshou.system.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.qianshou.system.security.Identifiers;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;

/** Mail really goes out over SMTP (GreenMail), in UTF-8; phone numbers and failures never leak an address. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmtpMessageSenderIT implements TestPropertyProvider {

    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Inject
    MessageSender sender;

    final LogCapture log = new LogCapture();

    @Override
    public Map<String, String> getProperties() {
        MAIL.start();
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("mail"));
        properties.put("javamail.enabled", "true");
        properties.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        properties.put(
                "javamail.properties.mail.smtp.port",
                String.valueOf(MAIL.getSmtp().getPort()));
        properties.put("javamail.properties.mail.smtp.starttls.enable", "false");
        return properties;
    }

    @AfterAll
    void stop() {
        MAIL.stop();
    }

    @Test
    @Order(1)
    void anEmailArrivesWithItsChineseSubjectAndText() throws Exception {
        assertThat(sender).isInstanceOf(SmtpMessageSender.class);
        sender.send(new OutgoingMessage(
                Identifiers.parse("Wang.Fang@Example.org").orElseThrow(),
                "signup-code",
                "牵手：您的注册验证码",
                "您好！您的验证码是 482913，30 分钟内有效。\n昭通市·镇雄县"));

        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = MAIL.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("牵手：您的注册验证码");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("wang.fang@example.org");
        assertThat(message.getFrom()[0].toString()).contains("noreply@qianshou.local");
        assertThat(text(message)).isEqualTo("您好！您的验证码是 482913，30 分钟内有效。\n昭通市·镇雄县");
    }

    @Test
    @Order(2)
    void aPhoneNumberGoesToTheLogMaskedAndNotToSmtp() {
        log.start();
        try {
            int before = MAIL.getReceivedMessages().length;
            sender.send(new OutgoingMessage(
                    Identifiers.parse("13987654321").orElseThrow(), "signup-code", "验证码", "验证码 111222"));
            assertThat(MAIL.getReceivedMessages()).hasSize(before);
            assertThat(log.text()).contains("139****4321").doesNotContain("13987654321");
        } finally {
            log.stop();
        }
    }

    @Test
    @Order(3)
    void aFailureIsLoggedWithoutTheAddressAndNotThrown() {
        MAIL.stop();
        log.start();
        try {
            assertThatCode(() -> sender.send(new OutgoingMessage(
                            Identifiers.parse("li.lei@example.org").orElseThrow(), "password-reset", "重置密码", "链接")))
                    .doesNotThrowAnyException();
            assertThat(log.text())
                    .contains("Could not send password-reset e-mail to l***@example.org")
                    .doesNotContain("li.lei@example.org");
        } finally {
            log.stop();
        }
    }

    /** The text/plain part, decoded (the body is transfer-encoded on the wire). */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
