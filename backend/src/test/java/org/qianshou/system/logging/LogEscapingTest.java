package org.qianshou.system.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The application's log configuration ({@code logback.xml}) writes every event as lines that a value from a
 * request cannot forge: CR, LF and other control characters in the message, its arguments and exception
 * messages come out escaped.
 */
class LogEscapingTest {

    private static final String FORGED = "12:00:00.000 INFO  [main] o.q.account.AuthController - admin signed in";

    @Test
    void aValueWithALineBreakStaysOnTheEventsLine() {
        String out = encode(event("Refresh refused for token {}", null, "abc\n" + FORGED));
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("abc\\n12:00:00.000 INFO");
        assertThat(out.lines()).noneMatch(l -> l.startsWith("12:00:00.000"));
    }

    @Test
    void carriageReturnsTabsAndOtherControlCharactersAreEscaped() {
        String out = encode(event("name {}", null, "a\rb\u0000c\u001bd\u2028e\u202ef\tg"));
        assertThat(out.lines().toList()).hasSize(1);
        assertThat(out).contains("a\\rb\\u0000c\\u001bd\\u2028e\\u202ef\\tg");
        assertThat(out.chars().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n'))
                .isEmpty();
    }

    @Test
    void aBackslashIsEscapedSoThatALiteralBackslashNCannotPassForALineBreak() {
        String out = encode(event("name {} and {}", null, "a\\nb", "c\nd"));
        assertThat(out.lines().toList()).hasSize(1);
        assertThat(out).contains("name a\\\\nb and c\\nd");
    }

    @Test
    void anExceptionMessageWithALineBreakCannotForgeALineEither() {
        RuntimeException cause = new IllegalStateException("inner\r\n" + FORGED);
        String out = encode(event("Request failed", new RuntimeException("outer\n" + FORGED, cause)));
        assertThat(out.lines()).noneMatch(l -> l.startsWith("12:00:00.000"));
        assertThat(out).contains("java.lang.RuntimeException: outer\\n12:00:00.000");
        assertThat(out).contains("Caused by: java.lang.IllegalStateException: inner\\r\\n12:00:00.000");
        assertThat(out.lines().filter(l -> l.startsWith("\tat "))).isNotEmpty();
    }

    private static LoggingEvent event(String message, Throwable thrown, Object... args) {
        Logger logger = (Logger) LoggerFactory.getLogger("org.qianshou.account.AuthController");
        return new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, thrown, args);
    }

    @SuppressWarnings("unchecked")
    private static String encode(LoggingEvent event) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = (OutputStreamAppender<?>)
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        assertThat(appender).as("the STDOUT appender of logback.xml").isNotNull();
        Encoder<Object> encoder = (Encoder<Object>) (Encoder<?>) appender.getEncoder();
        byte[] bytes = encoder.encode(event);
        return new String(Arrays.copyOf(bytes, bytes.length), StandardCharsets.UTF_8);
    }
}
