package org.qianshou.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Everything the application logs while a test runs, to check that no personal data reaches the log. */
public final class LogCapture {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public void start() {
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        root().addAppender(appender);
    }

    public void stop() {
        root().detachAppender(appender);
        appender.stop();
    }

    /**
     * Every message of the application (not of test infrastructure such as the in-process mail
     * server) with its arguments filled in, plus stack traces.
     */
    public String text() {
        return appender.list.stream()
                .filter(e -> !e.getLoggerName().startsWith("com.icegreen"))
                .map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null
                                ? ""
                                : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
