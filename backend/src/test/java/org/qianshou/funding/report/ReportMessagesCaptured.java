package org.qianshou.funding.report;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.qianshou.system.mail.LogMessageSender;
import org.qianshou.system.mail.MessageSender;
import org.qianshou.system.mail.OutgoingMessage;

/** Keeps every message the application sends, for the report tests (property {@code spec.name=reports}). */
@Singleton
@Replaces(LogMessageSender.class)
@Requires(property = "spec.name", value = "reports")
class ReportMessagesCaptured implements MessageSender {

    final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(OutgoingMessage message) {
        sent.add(message);
    }

    List<OutgoingMessage> to(String address, String template) {
        return sent.stream()
                .filter(m -> m.to().value().equals(address) && m.template().equals(template))
                .toList();
    }
}
