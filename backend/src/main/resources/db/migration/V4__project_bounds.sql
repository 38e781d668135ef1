-- Bounds the application already enforces, stated in the schema too: budgets up to 100 亿元
-- (exact in every JSON client) and years that Elasticsearch's date format can index.
ALTER TABLE project
    ADD CONSTRAINT project_budget_max CHECK (budget_fen <= 1000000000000),
    ADD CONSTRAINT project_years CHECK (
        extract(year FROM start_date) BETWEEN 2000 AND 2100
        AND extract(year FROM end_date) BETWEEN 2000 AND 2100);
