package org.qianshou.system.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/** Claiming outbox rows against the real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRepositoryIT implements TestPropertyProvider {

    @Inject
    OutboxRepository outbox;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("outboxrepository"));
        properties.put("qianshou.outbox.enabled", "false"); // the rows stay where the test puts them
        return properties;
    }

    @Test
    void aBatchClaimsEveryDueRowOfTheAggregatesItTakesSoThatEachIsIndexedOnce() {
        String type = "claim-test";
        Db.execute(dataSource, "DELETE FROM search_outbox WHERE aggregate_type = '" + type + "'");
        // aggregate 7 changed three times, 8 once, 9 twice (one of them not due yet), 10 once; in this order
        transactions.executeWrite(status -> {
            outbox.enqueueAll(type, List.of(7L, 8L, 7L, 9L, 7L, 10L, 9L));
            return null;
        });
        Db.execute(
                dataSource,
                "UPDATE search_outbox SET next_attempt_at = now() + interval '1 hour' WHERE id = (SELECT max(id)"
                        + " FROM search_outbox WHERE aggregate_type = '" + type + "')");

        List<OutboxRepository.Entry> claimed = transactions.executeWrite(status -> {
            List<OutboxRepository.Entry> entries = outbox.claimDue(type, 2);
            outbox.done(entries); // as the worker does once the index has them
            return entries;
        });
        assertThat(claimed)
                .as("the two oldest aggregates with all their due rows")
                .extracting(OutboxRepository.Entry::aggregateId)
                .containsExactly(7L, 8L, 7L, 7L);

        List<OutboxRepository.Entry> rest = transactions.executeWrite(status -> outbox.claimDue(type, 10));
        assertThat(rest)
                .as("the row not due yet stays back")
                .extracting(OutboxRepository.Entry::aggregateId)
                .containsExactly(9L, 10L);
        Db.execute(dataSource, "DELETE FROM search_outbox WHERE aggregate_type = '" + type + "'");
    }
}
