-- Qianshou core schema: reference data (regions, taxonomies), organisations, projects, search outbox.
-- Enumerations are varchar + CHECK (not native enums); multi-valued filters are join tables.

CREATE TABLE region (
    code        varchar(12)  PRIMARY KEY,
    parent_code varchar(12)  REFERENCES region (code),
    level       varchar(16)  NOT NULL CHECK (level IN ('province', 'prefecture', 'county', 'township', 'village')),
    name        varchar(100) NOT NULL,
    CHECK (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$')
);
CREATE INDEX region_parent_idx ON region (parent_code);

CREATE TABLE service_category (
    code       varchar(40)  PRIMARY KEY,
    name_zh    varchar(100) NOT NULL,
    name_en    varchar(200) NOT NULL,
    sort_order int          NOT NULL
);

CREATE TABLE target_group (
    code       varchar(40)  PRIMARY KEY,
    name_zh    varchar(100) NOT NULL,
    name_en    varchar(200) NOT NULL,
    sort_order int          NOT NULL
);

CREATE TABLE funding_type (
    code       varchar(40)  PRIMARY KEY,
    name_zh    varchar(100) NOT NULL,
    name_en    varchar(200) NOT NULL,
    sort_order int          NOT NULL
);

CREATE TABLE programme (
    code       varchar(40)  PRIMARY KEY,
    name_zh    varchar(100) NOT NULL,
    name_en    varchar(200) NOT NULL,
    target_zh  varchar(200),
    target_en  varchar(200),
    sort_order int          NOT NULL
);

CREATE TABLE organisation (
    id          bigserial    PRIMARY KEY,
    name        varchar(200) NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('agency', 'funder', 'university')),
    region_code varchar(12)  NOT NULL REFERENCES region (code),
    description text         NOT NULL DEFAULT '',
    demo        boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE project (
    id                bigserial    PRIMARY KEY,
    organisation_id   bigint       NOT NULL REFERENCES organisation (id),
    title             varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
    description       text         NOT NULL,
    programme_code    varchar(40)  NOT NULL REFERENCES programme (code),
    funding_type_code varchar(40)  REFERENCES funding_type (code),
    status            varchar(16)  NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
    start_date        date         NOT NULL,
    end_date          date         NOT NULL,
    budget_fen        bigint       NOT NULL CHECK (budget_fen >= 0),
    demo              boolean      NOT NULL DEFAULT false,
    version           bigint       NOT NULL DEFAULT 1,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date)
);
CREATE INDEX project_organisation_idx ON project (organisation_id);

CREATE TABLE project_region (
    project_id  bigint      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    region_code varchar(12) NOT NULL REFERENCES region (code),
    PRIMARY KEY (project_id, region_code)
);
CREATE INDEX project_region_code_idx ON project_region (region_code varchar_pattern_ops);

CREATE TABLE project_target_group (
    project_id        bigint      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    target_group_code varchar(40) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (project_id, target_group_code)
);
CREATE INDEX project_target_group_code_idx ON project_target_group (target_group_code);

CREATE TABLE project_service_category (
    project_id    bigint      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    category_code varchar(40) NOT NULL REFERENCES service_category (code),
    PRIMARY KEY (project_id, category_code)
);
CREATE INDEX project_service_category_code_idx ON project_service_category (category_code);

-- Transactional outbox: written in the same transaction as the data it announces;
-- a worker carries it to Elasticsearch and deletes the row once the index has it.
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

-- Records that demo data was loaded, so a restart never loads it twice.
CREATE TABLE demo_data_load (
    id        int         PRIMARY KEY CHECK (id = 1),
    projects  int         NOT NULL,
    seed      bigint      NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
