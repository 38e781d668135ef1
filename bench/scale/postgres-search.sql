-- The PostgreSQL-only project search of bench/scale.sh (P2), served by GET /api/bench/projects/postgres-search
-- (PostgresProjectSearchRepository, only with QIANSHOU_BENCH_ENDPOINTS=true). What a platform without a search engine would
-- build: one row per public project with what the search filters, counts and shows, the multi-valued parts as arrays.
--   region_paths   the project's region codes with all their ancestors (53, 5306, 530602, 530602001, …): "this region
--                  and everything below it" is region_paths @> ARRAY[code], a GIN lookup, and the region facet counts
--                  the children's codes among them
--   target_groups, categories   GIN-indexed arrays: "any of" is &&, each facet is a GROUP BY over unnest()
--   (updated_at, id)            the order of the public search (newest first), a btree for the first page
-- Built from the project tables after the scale load; a derived copy, as the Elasticsearch index is.
DROP TABLE IF EXISTS bench_project_search;
CREATE TABLE bench_project_search AS
WITH regions AS (
    SELECT project_id, array_agg(region_code::text ORDER BY region_code) AS codes
    FROM project_region GROUP BY project_id),
paths AS (
    SELECT project_id, array_agg(DISTINCT left(region_code, n)) AS paths
    FROM project_region, unnest(ARRAY[2, 4, 6, 9, 12]) AS n
    WHERE n <= length(region_code) GROUP BY project_id),
groups AS (
    SELECT project_id, array_agg(target_group_code::text ORDER BY target_group_code) AS codes
    FROM project_target_group GROUP BY project_id),
categories AS (
    SELECT project_id, array_agg(category_code::text ORDER BY category_code) AS codes
    FROM project_service_category GROUP BY project_id)
SELECT p.id, p.title, p.description, o.name AS organisation_name, r.codes AS region_codes, a.paths AS region_paths,
       g.codes AS target_groups, c.codes AS categories, p.programme_code, p.status, p.budget_fen, p.start_date,
       p.end_date, p.demo, p.updated_at
FROM project p
JOIN organisation o ON o.id = p.organisation_id
JOIN regions r ON r.project_id = p.id
JOIN paths a ON a.project_id = p.id
JOIN groups g ON g.project_id = p.id
JOIN categories c ON c.project_id = p.id
WHERE p.status IN ('published', 'closed');
ALTER TABLE bench_project_search ADD PRIMARY KEY (id);
CREATE INDEX bench_project_search_region_idx ON bench_project_search USING gin (region_paths);
CREATE INDEX bench_project_search_group_idx ON bench_project_search USING gin (target_groups);
CREATE INDEX bench_project_search_category_idx ON bench_project_search USING gin (categories);
CREATE INDEX bench_project_search_order_idx ON bench_project_search (updated_at DESC, id DESC);
ANALYZE bench_project_search;
