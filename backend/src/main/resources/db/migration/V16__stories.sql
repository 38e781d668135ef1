-- Case stories (典型案例, issue 10): an agency's story about one of its projects, its photos (each
-- stored once as the cleaned original and once per width), the consent of every person it names or
-- shows, the author's justifications of protection flags, and the moderation history.
-- docs/design/issue-10-contract.md describes the rules; this file is the shared schema.

CREATE TABLE story (
    id                     bigserial    PRIMARY KEY,
    organisation_id        bigint       NOT NULL REFERENCES organisation (id),
    project_id             bigint       NOT NULL REFERENCES project (id),
    title                  varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
    summary                varchar(500) NOT NULL DEFAULT '',
    -- sanitised HTML (the allowed subset is in the contract); never stored unsanitised
    body_html              text         NOT NULL DEFAULT '',
    region_code            varchar(12)  NOT NULL REFERENCES region (code),
    service_category_code  varchar(40)  REFERENCES service_category (code),
    programme_code         varchar(40)  REFERENCES programme (code),
    status                 varchar(16)  NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'returned', 'published', 'unpublished')),
    status_reason          varchar(2000),
    cover_photo_id         bigint,
    demo                   boolean      NOT NULL DEFAULT false,
    created_by             bigint       REFERENCES account (id),
    updated_by             bigint       REFERENCES account (id),
    submitted_at           timestamptz,
    published_at           timestamptz,
    decided_at             timestamptz,
    decided_by             bigint       REFERENCES account (id),
    version                bigint       NOT NULL DEFAULT 1,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    updated_at             timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX story_organisation_idx ON story (organisation_id, updated_at DESC);
CREATE INDEX story_project_idx ON story (project_id);
CREATE INDEX story_status_idx ON story (status, submitted_at, id);
CREATE INDEX story_published_idx ON story (published_at DESC) WHERE status = 'published';

CREATE TABLE story_target_group (
    story_id          bigint      NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    target_group_code varchar(40) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (story_id, target_group_code)
);
CREATE INDEX story_target_group_code_idx ON story_target_group (target_group_code);

-- A photo: the cleaned original (re-encoded, no metadata) and its widths live in the document store
-- under the storage keys below. shows_people / no_identifiable_face are the author's statements.
CREATE TABLE story_photo (
    id                   bigserial    PRIMARY KEY,
    story_id             bigint       NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    position             int          NOT NULL DEFAULT 0,
    storage_key          varchar(64)  NOT NULL UNIQUE,
    content_type         varchar(100) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    width                int          NOT NULL CHECK (width > 0),
    height               int          NOT NULL CHECK (height > 0),
    size_bytes           bigint       NOT NULL CHECK (size_bytes > 0),
    sha256               char(64)     NOT NULL,
    original_filename    varchar(255) NOT NULL,
    alt_text             varchar(300) NOT NULL DEFAULT '',
    caption              varchar(300) NOT NULL DEFAULT '',
    shows_people         boolean      NOT NULL DEFAULT false,
    no_identifiable_face boolean      NOT NULL DEFAULT false,
    uploaded_by          bigint       REFERENCES account (id),
    uploaded_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX story_photo_story_idx ON story_photo (story_id, position, id);

CREATE TABLE story_photo_variant (
    photo_id     bigint       NOT NULL REFERENCES story_photo (id) ON DELETE CASCADE,
    width        int          NOT NULL CHECK (width > 0),
    height       int          NOT NULL CHECK (height > 0),
    storage_key  varchar(64)  NOT NULL UNIQUE,
    content_type varchar(100) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    PRIMARY KEY (photo_id, width)
);

ALTER TABLE story
    ADD CONSTRAINT story_cover_photo_fk FOREIGN KEY (cover_photo_id) REFERENCES story_photo (id) ON DELETE SET NULL;

-- Consent of a person the story names or shows. person_label is how the story refers to them
-- (a pseudonym such as 小雨, or a role such as 奶奶), never required to be a real name.
-- For a minor the consent is the guardian's: given_by_relation names the guardian's relation.
CREATE TABLE story_consent (
    id                bigserial     PRIMARY KEY,
    story_id          bigint        NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    person_label      varchar(100)  NOT NULL CHECK (length(btrim(person_label)) > 0),
    minor             boolean       NOT NULL,
    given_by          varchar(20)   NOT NULL CHECK (given_by IN ('self', 'guardian')),
    given_by_relation varchar(50),
    method            varchar(20)   NOT NULL CHECK (method IN ('written', 'oral-recorded', 'electronic', 'thumbprint')),
    given_on          date          NOT NULL,
    scope_text        boolean       NOT NULL DEFAULT true,
    scope_photos      boolean       NOT NULL DEFAULT false,
    scope_note        varchar(500)  NOT NULL DEFAULT '',
    recorded_by       bigint        REFERENCES account (id),
    recorded_at       timestamptz   NOT NULL DEFAULT now(),
    CHECK (NOT minor OR given_by = 'guardian'),
    CHECK (given_by = 'self' OR given_by_relation IS NOT NULL),
    CHECK (scope_text OR scope_photos)
);
CREATE INDEX story_consent_story_idx ON story_consent (story_id, id);

-- The author's justification of one flag, keyed by the flag's kind and the flagged text, so that
-- it survives edits elsewhere in the story. ID and mobile numbers cannot be justified.
CREATE TABLE story_flag_justification (
    story_id      bigint        NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    kind          varchar(20)   NOT NULL CHECK (kind IN ('person-name', 'village')),
    matched_text  varchar(100)  NOT NULL,
    justification varchar(1000) NOT NULL CHECK (length(btrim(justification)) > 0),
    justified_by  bigint        REFERENCES account (id),
    justified_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (story_id, kind, matched_text)
);
