-- The policy's programmes (section 五) as records the platform counts against their targets: 牵手计划 twinning
-- pairs and their support log, 社会工作教育对口扶贫计划 university–county partnerships and their activities,
-- 人才服务边远贫困地区计划 dispatches of social workers, and demonstration projects designated by year.
-- Administrators enter them; the Yunnan agency of a pair adds to its support log. Every figure on /programmes is
-- computed from these rows at request time. `demo` marks generated rows; `version` counts edits (409 on a stale one).

-- A partner agency from a developed region (outside Yunnan allowed, so a name and a place, optionally an
-- organisation on the platform) paired with a Yunnan agency on the platform.
CREATE TABLE twinning_pair (
    id                        bigserial    PRIMARY KEY,
    partner_name              varchar(200) NOT NULL CHECK (length(btrim(partner_name)) > 0),
    partner_province          varchar(50)  NOT NULL CHECK (length(btrim(partner_province)) > 0),
    partner_city              varchar(50)  NOT NULL CHECK (length(btrim(partner_city)) > 0),
    partner_organisation_id   bigint       REFERENCES organisation (id),
    agency_organisation_id    bigint       NOT NULL REFERENCES organisation (id),
    start_date                date         NOT NULL,
    end_date                  date,
    demo                      boolean      NOT NULL DEFAULT false,
    version                   bigint       NOT NULL DEFAULT 1,
    created_by                bigint       REFERENCES account (id),
    created_at                timestamptz  NOT NULL DEFAULT now(),
    updated_at                timestamptz  NOT NULL DEFAULT now(),
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (partner_organisation_id IS NULL OR partner_organisation_id <> agency_organisation_id)
);
CREATE INDEX twinning_pair_agency_idx ON twinning_pair (agency_organisation_id);

-- What the partner gave: people sent, supervision sessions (督导), training, joint projects; each dated, with a count.
-- The note is for the pair's agency and administrators, never public.
CREATE TABLE twinning_support (
    id          bigserial    PRIMARY KEY,
    pair_id     bigint       NOT NULL REFERENCES twinning_pair (id),
    kind        varchar(20)  NOT NULL CHECK (kind IN ('people-sent', 'supervision', 'training', 'joint-project')),
    happened_on date         NOT NULL,
    count       int          NOT NULL CHECK (count BETWEEN 1 AND 100000),
    note        varchar(1000) NOT NULL DEFAULT '',
    demo        boolean      NOT NULL DEFAULT false,
    created_by  bigint       REFERENCES account (id),
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX twinning_support_pair_idx ON twinning_support (pair_id, happened_on);

-- A university (an organisation of kind `university` on the platform, or just its name) paired with a county.
CREATE TABLE university_partnership (
    id                         bigserial    PRIMARY KEY,
    university_organisation_id bigint       REFERENCES organisation (id),
    university_name            varchar(200) NOT NULL CHECK (length(btrim(university_name)) > 0),
    county_code                varchar(12)  NOT NULL REFERENCES region (code),
    start_date                 date         NOT NULL,
    end_date                   date,
    demo                       boolean      NOT NULL DEFAULT false,
    version                    bigint       NOT NULL DEFAULT 1,
    created_by                 bigint       REFERENCES account (id),
    created_at                 timestamptz  NOT NULL DEFAULT now(),
    updated_at                 timestamptz  NOT NULL DEFAULT now(),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX university_partnership_county_idx ON university_partnership (county_code);

-- Internship bases set up, students placed, teachers' practice (教师实践): dated entries with counts.
CREATE TABLE university_partnership_activity (
    id             bigserial     PRIMARY KEY,
    partnership_id bigint        NOT NULL REFERENCES university_partnership (id),
    kind           varchar(20)   NOT NULL CHECK (kind IN ('internship-base', 'students-placed', 'teacher-practice')),
    happened_on    date          NOT NULL,
    count          int           NOT NULL CHECK (count BETWEEN 1 AND 100000),
    note           varchar(1000) NOT NULL DEFAULT '',
    demo           boolean       NOT NULL DEFAULT false,
    created_by     bigint        REFERENCES account (id),
    created_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX university_partnership_activity_idx ON university_partnership_activity (partnership_id, happened_on);

-- Social workers sent to a township or village (人才服务边远贫困地区计划): how many, of which qualification level
-- (助理社会工作师 assistant, 社会工作师 intermediate, 高级社会工作师 senior, none), from when to when, and
-- optionally by which organisation on the platform.
CREATE TABLE talent_dispatch (
    id                      bigserial   PRIMARY KEY,
    region_code             varchar(12) NOT NULL REFERENCES region (code),
    qualification_level     varchar(16) NOT NULL CHECK (qualification_level IN ('assistant', 'intermediate', 'senior', 'none')),
    workers                 int         NOT NULL CHECK (workers BETWEEN 1 AND 10000),
    start_date              date        NOT NULL,
    end_date                date,
    sending_organisation_id bigint      REFERENCES organisation (id),
    demo                    boolean     NOT NULL DEFAULT false,
    version                 bigint      NOT NULL DEFAULT 1,
    created_by              bigint      REFERENCES account (id),
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX talent_dispatch_region_idx ON talent_dispatch (region_code varchar_pattern_ops);

-- A project designated a demonstration project (示范项目) of a year, in one of the policy's three categories:
-- a: people impoverished by disaster, illness or disability; b: left-behind and children in difficulty;
-- c: elderly people in special difficulty. A withdrawn designation no longer counts.
CREATE TABLE demonstration_designation (
    id           bigserial   PRIMARY KEY,
    project_id   bigint      NOT NULL REFERENCES project (id),
    year         int         NOT NULL CHECK (year BETWEEN 2017 AND 2100),
    category     varchar(1)  NOT NULL CHECK (category IN ('a', 'b', 'c')),
    withdrawn_at timestamptz,
    demo         boolean     NOT NULL DEFAULT false,
    version      bigint      NOT NULL DEFAULT 1,
    created_by   bigint      REFERENCES account (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX demonstration_designation_once_a_year ON demonstration_designation (project_id, year)
    WHERE withdrawn_at IS NULL;
CREATE INDEX demonstration_designation_year_idx ON demonstration_designation (year);
