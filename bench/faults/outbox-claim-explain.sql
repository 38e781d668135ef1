-- The claim of OutboxRepository.claimDue as the worker sends it (a batch of 500), explained and rolled back:
--   psql -v type=project|opening -f bench/faults/outbox-claim-explain.sql (data: outbox-claim-data.sql)
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, SUMMARY ON)
WITH head AS (SELECT aggregate_id FROM search_outbox
  WHERE aggregate_type = :'type' AND next_attempt_at <= now()
  ORDER BY next_attempt_at, id LIMIT 500 FOR UPDATE SKIP LOCKED)
 SELECT id, aggregate_type, aggregate_id, attempts FROM search_outbox
 WHERE aggregate_type = :'type' AND next_attempt_at <= now()
 AND aggregate_id IN (SELECT aggregate_id FROM head)
 ORDER BY id FOR UPDATE SKIP LOCKED;
ROLLBACK;
