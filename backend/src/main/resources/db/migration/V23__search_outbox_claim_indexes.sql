-- The outbox claim (OutboxRepository.claimDue) takes the rows of a type that have been due longest, then every other
-- due row of their aggregates, so that an aggregate changed many times while Elasticsearch was away is indexed once.
-- With a large table both parts read it whole: the first scanned the primary key past every row backing off or of
-- another type, the second hashed every due row of the type to find the aggregates. An index for each part, by type
-- and due time (in the order the claim takes rows) and by type and aggregate; the index by due time alone served
-- nothing that the first does not. Plans before and after on 1,000,000 rows: bench/README.md, fault tests. The
-- indexes are built while writes wait (not CONCURRENTLY): the table is small unless Elasticsearch has been away, so
-- upgrade with the outbox drained.
CREATE INDEX search_outbox_type_due_idx ON search_outbox (aggregate_type, next_attempt_at, id);
CREATE INDEX search_outbox_aggregate_idx ON search_outbox (aggregate_type, aggregate_id);
DROP INDEX search_outbox_due_idx;
