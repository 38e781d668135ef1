\set ON_ERROR_STOP 1
-- Data for the outbox claim's plans (bench/README.md, fault tests), in a database of its own on a server of its own:
--   psql -v scenario=backoff|backlog -f bench/faults/outbox-claim-data.sql, then bench/faults/outbox-claim-explain.sql;
-- before V23 the table had only search_outbox_due_idx (next_attempt_at, id) and the claim ordered by id; for the plans
-- after, run V23's three statements on this table and ANALYZE it.
DROP TABLE IF EXISTS search_outbox;
CREATE TABLE search_outbox (
    id              bigserial   PRIMARY KEY,
    aggregate_type  varchar(32) NOT NULL,
    aggregate_id    bigint      NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text
);
CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id);
SELECT setseed(0.2017);
-- :scenario backoff: 1,000,000 rows already tried, backing off (projects), then a backlog of 10,000 due rows
--   (7,000 projects, 3,000 openings) written afterwards.
-- :scenario backlog: 1,000,000 due rows (900,000 projects on 300,000 aggregates, 100,000 openings on 50,000), as
--   after a re-announcement of every project at scale.
\if :{?scenario}
\else
\set scenario backoff
\endif
SELECT :'scenario' = 'backoff' AS backoff \gset
\if :backoff
INSERT INTO search_outbox (aggregate_type, aggregate_id, attempts, next_attempt_at, last_error)
SELECT 'project', 1 + (random() * 999999)::bigint, 3, now() + interval '1 hour', 'mapper_parsing_exception'
FROM generate_series(1, 1000000);
INSERT INTO search_outbox (aggregate_type, aggregate_id)
SELECT CASE WHEN g % 10 < 7 THEN 'project' ELSE 'opening' END, 1 + (random() * 4999)::bigint
FROM generate_series(1, 10000) g;
\else
INSERT INTO search_outbox (aggregate_type, aggregate_id)
SELECT CASE WHEN g % 10 < 9 THEN 'project' ELSE 'opening' END,
       CASE WHEN g % 10 < 9 THEN 1 + (random() * 299999)::bigint ELSE 1 + (random() * 49999)::bigint END
FROM generate_series(1, 1000000) g;
\endif
VACUUM ANALYZE search_outbox;
