-- Volunteering (issue 8): skills, real-name volunteer profiles, openings with shifts, and sign-ups.
-- Service records and certificates follow in their own migration. Times are timestamptz (UTC inside);
-- the API speaks Asia/Shanghai.

-- Skills a volunteer offers and an opening wants: service skills and the minority languages of Yunnan.
CREATE TABLE skill (
    code       varchar(40)  PRIMARY KEY,
    kind       varchar(16)  NOT NULL CHECK (kind IN ('service', 'language')),
    name_zh    varchar(100) NOT NULL,
    name_en    varchar(200) NOT NULL,
    sort_order int          NOT NULL
);

INSERT INTO skill (code, kind, name_zh, name_en, sort_order) VALUES
    ('counselling',         'service',  '心理辅导',   'Psychological counselling', 1),
    ('tutoring',            'service',  '教育辅导',   'Tutoring and education',    2),
    ('medical-care',        'service',  '医疗护理',   'Medical care and nursing',  3),
    ('legal-advice',        'service',  '法律咨询',   'Legal advice',              4),
    ('arts-sports',         'service',  '文体艺术',   'Arts, culture and sports',  5),
    ('information-technology', 'service', '信息技术', 'Information technology',    6),
    ('agriculture',         'service',  '农业技术',   'Agricultural techniques',   7),
    ('driving',             'service',  '驾驶',       'Driving',                   8),
    ('photography-publicity', 'service', '摄影与宣传', 'Photography and publicity', 9),
    ('language-yi',         'language', '彝语',       'Yi language',              20),
    ('language-hani',       'language', '哈尼语',     'Hani language',            21),
    ('language-bai',        'language', '白语',       'Bai language',             22),
    ('language-dai',        'language', '傣语',       'Dai language',             23),
    ('language-zhuang',     'language', '壮语',       'Zhuang language',          24),
    ('language-miao',       'language', '苗语',       'Miao (Hmong) language',    25),
    ('language-lisu',       'language', '傈僳语',     'Lisu language',            26),
    ('language-lahu',       'language', '拉祜语',     'Lahu language',            27),
    ('language-wa',         'language', '佤语',       'Wa language',              28),
    ('language-naxi',       'language', '纳西语',     'Naxi language',            29),
    ('language-jingpo',     'language', '景颇语',     'Jingpo language',          30),
    ('language-tibetan',    'language', '藏语',       'Tibetan language',         31);

-- One real-name volunteer per account. The ID number is never stored in clear: AES-GCM ciphertext with
-- the id of the key that made it (keys rotate), a keyed hash for "one ID number, one volunteer", and the
-- masked form that every screen shows.
CREATE TABLE volunteer (
    account_id          bigint       PRIMARY KEY REFERENCES account (id),
    name                varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    id_type             varchar(24)  NOT NULL
        CHECK (id_type IN ('resident-id', 'hmt-residence-permit', 'passport', 'foreign-permanent-residence')),
    id_number_encrypted bytea        NOT NULL,
    id_number_key_id    varchar(40)  NOT NULL,
    id_number_hash      bytea        NOT NULL UNIQUE,
    id_number_masked    varchar(40)  NOT NULL,
    birth_date          date         NOT NULL,
    gender              varchar(8)   CHECK (gender IN ('male', 'female')),
    mobile              varchar(20)  NOT NULL CHECK (mobile ~ '^1[3-9][0-9]{9}$'),
    version             bigint       NOT NULL DEFAULT 1,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE volunteer_skill (
    account_id bigint      NOT NULL REFERENCES volunteer (account_id) ON DELETE CASCADE,
    skill_code varchar(40) NOT NULL REFERENCES skill (code),
    PRIMARY KEY (account_id, skill_code)
);

CREATE TABLE volunteer_region (
    account_id  bigint      NOT NULL REFERENCES volunteer (account_id) ON DELETE CASCADE,
    region_code varchar(12) NOT NULL REFERENCES region (code),
    PRIMARY KEY (account_id, region_code)
);

-- When a volunteer can serve: coarse slots, filterable.
CREATE TABLE volunteer_availability (
    account_id bigint      NOT NULL REFERENCES volunteer (account_id) ON DELETE CASCADE,
    slot       varchar(24) NOT NULL
        CHECK (slot IN ('weekday-daytime', 'weekday-evening', 'weekend', 'school-holidays', 'public-holidays')),
    PRIMARY KEY (account_id, slot)
);

-- A guardian's consent for a volunteer aged 14-17. Append-only: a new consent is a new row; the newest counts.
CREATE TABLE guardian_consent (
    id              bigserial    PRIMARY KEY,
    account_id      bigint       NOT NULL REFERENCES volunteer (account_id) ON DELETE CASCADE,
    guardian_name   varchar(100) NOT NULL CHECK (length(btrim(guardian_name)) > 0),
    relation        varchar(24)  NOT NULL CHECK (relation IN ('father', 'mother', 'grandparent', 'sibling', 'other-guardian')),
    guardian_phone  varchar(20)  NOT NULL CHECK (guardian_phone ~ '^1[3-9][0-9]{9}$'),
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    recorded_by     bigint       NOT NULL REFERENCES account (id)
);
CREATE INDEX guardian_consent_account_idx ON guardian_consent (account_id, recorded_at DESC);

-- A volunteer opening (志愿服务岗位) of a verified agency, under one of its projects.
CREATE TABLE opening (
    id               bigserial    PRIMARY KEY,
    organisation_id  bigint       NOT NULL REFERENCES organisation (id),
    project_id       bigint       NOT NULL REFERENCES project (id),
    title            varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
    description      text         NOT NULL,
    region_code      varchar(12)  NOT NULL REFERENCES region (code),
    meeting_place    varchar(300) NOT NULL,
    category_code    varchar(40)  NOT NULL REFERENCES service_category (code),
    adults_only      boolean      NOT NULL DEFAULT false,
    screening        varchar(16)  NOT NULL CHECK (screening IN ('automatic', 'approval')),
    signup_deadline  timestamptz  NOT NULL,
    contact_name     varchar(100) NOT NULL,
    contact_phone    varchar(20)  NOT NULL,
    status           varchar(16)  NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed', 'cancelled')),
    status_reason    varchar(2000),
    demo             boolean      NOT NULL DEFAULT false,
    created_by       bigint       REFERENCES account (id),
    published_at     timestamptz,
    version          bigint       NOT NULL DEFAULT 1,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX opening_organisation_idx ON opening (organisation_id, created_at DESC);
CREATE INDEX opening_project_idx ON opening (project_id);

CREATE TABLE opening_target_group (
    opening_id        bigint      NOT NULL REFERENCES opening (id) ON DELETE CASCADE,
    target_group_code varchar(40) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (opening_id, target_group_code)
);

CREATE TABLE opening_skill (
    opening_id bigint      NOT NULL REFERENCES opening (id) ON DELETE CASCADE,
    skill_code varchar(40) NOT NULL REFERENCES skill (code),
    PRIMARY KEY (opening_id, skill_code)
);

-- A shift of an opening. confirmed_count is kept by the sign-up service under the shift's row lock; the
-- CHECK is the last guard against over-commitment.
CREATE TABLE shift (
    id              bigserial   PRIMARY KEY,
    opening_id      bigint      NOT NULL REFERENCES opening (id) ON DELETE CASCADE,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    capacity        int         NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
    confirmed_count int         NOT NULL DEFAULT 0 CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
    status          varchar(16) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
    status_reason   varchar(2000),
    check_in_code   varchar(32) NOT NULL,
    version         bigint      NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX shift_opening_idx ON shift (opening_id, starts_at);
CREATE INDEX shift_starts_idx ON shift (starts_at) WHERE status = 'open';

-- A volunteer's sign-up for a shift. Arrival order is the id (a sequence). At most one live sign-up per
-- volunteer and shift.
CREATE TABLE signup (
    id                   bigserial    PRIMARY KEY,
    shift_id             bigint       NOT NULL REFERENCES shift (id),
    volunteer_account_id bigint       NOT NULL REFERENCES volunteer (account_id),
    status               varchar(16)  NOT NULL
        CHECK (status IN ('pending', 'confirmed', 'waitlisted', 'declined', 'cancelled', 'shift-cancelled')),
    status_reason        varchar(2000),
    decided_by           bigint       REFERENCES account (id),
    decided_at           timestamptz,
    attendance           varchar(16)  CHECK (attendance IN ('attended', 'no-show')),
    attendance_at        timestamptz,
    attendance_by        bigint       REFERENCES account (id),
    version              bigint       NOT NULL DEFAULT 1,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX signup_live_once ON signup (shift_id, volunteer_account_id)
    WHERE status IN ('pending', 'confirmed', 'waitlisted');
CREATE INDEX signup_shift_idx ON signup (shift_id, status, id);
CREATE INDEX signup_volunteer_idx ON signup (volunteer_account_id, status);
