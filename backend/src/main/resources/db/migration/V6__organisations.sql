-- Organisations become self-registered and verified: credit code, status workflow, members,
-- invitations and registration documents. Existing (demo, admin-created) organisations stay verified,
-- so that their published projects stay consistent.

ALTER TABLE organisation RENAME COLUMN region_code TO registered_region_code;

ALTER TABLE organisation
    ADD COLUMN subtype                   varchar(40),
    ADD COLUMN credit_code               varchar(18) UNIQUE
        CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    ADD COLUMN legal_representative      varchar(100),
    ADD COLUMN address                   varchar(300) NOT NULL DEFAULT '',
    ADD COLUMN contact_phone             varchar(20) CHECK (contact_phone ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}(-[0-9]{1,6})?)$'),
    ADD COLUMN contact_email             varchar(254) CHECK (contact_email = lower(contact_email)),
    ADD COLUMN social_workers_assistant    int NOT NULL DEFAULT 0 CHECK (social_workers_assistant >= 0),
    ADD COLUMN social_workers_intermediate int NOT NULL DEFAULT 0 CHECK (social_workers_intermediate >= 0),
    ADD COLUMN social_workers_senior       int NOT NULL DEFAULT 0 CHECK (social_workers_senior >= 0),
    -- Existing rows become verified; the default for new rows is set to draft below.
    ADD COLUMN status                    varchar(16) NOT NULL DEFAULT 'verified'
        CHECK (status IN ('draft', 'submitted', 'verified', 'rejected', 'suspended')),
    ADD COLUMN status_reason             varchar(2000),
    ADD COLUMN submitted_at              timestamptz,
    ADD COLUMN decided_at                timestamptz,
    ADD COLUMN decided_by                bigint REFERENCES account (id),
    ADD COLUMN version                   bigint NOT NULL DEFAULT 1;

UPDATE organisation
SET subtype    = CASE kind WHEN 'agency' THEN 'social-work-agency' WHEN 'funder' THEN 'foundation' ELSE 'university' END,
    decided_at = created_at;

ALTER TABLE organisation
    ALTER COLUMN status SET DEFAULT 'draft',
    ALTER COLUMN subtype SET NOT NULL,
    ADD CONSTRAINT organisation_subtype_of_kind CHECK (
        (kind = 'agency' AND subtype IN ('social-work-agency', 'child-welfare', 'elderly-care', 'rescue-protection',
                                         'township-station'))
        OR (kind = 'funder' AND subtype IN ('government', 'foundation', 'charity', 'enterprise'))
        OR (kind = 'university' AND subtype = 'university'));

CREATE INDEX organisation_status_idx ON organisation (status, submitted_at, id);

CREATE TABLE organisation_service_region (
    organisation_id bigint      NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    region_code     varchar(12) NOT NULL REFERENCES region (code),
    PRIMARY KEY (organisation_id, region_code)
);
CREATE INDEX organisation_service_region_code_idx ON organisation_service_region (region_code varchar_pattern_ops);

CREATE TABLE organisation_target_group (
    organisation_id   bigint      NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    target_group_code varchar(40) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (organisation_id, target_group_code)
);
CREATE INDEX organisation_target_group_code_idx ON organisation_target_group (target_group_code);

CREATE TABLE organisation_service_category (
    organisation_id bigint      NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    category_code   varchar(40) NOT NULL REFERENCES service_category (code),
    PRIMARY KEY (organisation_id, category_code)
);
CREATE INDEX organisation_service_category_code_idx ON organisation_service_category (category_code);

-- Who works for an organisation. Exactly one owner: at most one by the index below, at least one
-- because the owner role only ever moves (transfer), never disappears.
CREATE TABLE organisation_member (
    organisation_id bigint      NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    account_id      bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role            varchar(8)  NOT NULL CHECK (role IN ('owner', 'staff')),
    joined_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, account_id)
);
CREATE UNIQUE INDEX organisation_member_one_owner ON organisation_member (organisation_id) WHERE role = 'owner';
CREATE INDEX organisation_member_account_idx ON organisation_member (account_id);

-- An invitation to a phone number or e-mail address (normalised). Personal data: never logged, shown masked.
CREATE TABLE organisation_invitation (
    id              bigserial    PRIMARY KEY,
    organisation_id bigint       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    identifier_kind varchar(8)   NOT NULL CHECK (identifier_kind IN ('phone', 'email')),
    identifier      varchar(254) NOT NULL,
    role            varchar(8)   NOT NULL DEFAULT 'staff' CHECK (role IN ('staff')),
    invited_by      bigint       NOT NULL REFERENCES account (id),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    accepted_at     timestamptz,
    declined_at     timestamptz,
    revoked_at      timestamptz,
    CHECK ((accepted_at IS NOT NULL)::int + (declined_at IS NOT NULL)::int + (revoked_at IS NOT NULL)::int <= 1)
);
CREATE UNIQUE INDEX organisation_invitation_one_pending ON organisation_invitation (organisation_id, identifier_kind, identifier)
    WHERE accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL;
CREATE INDEX organisation_invitation_identifier_idx ON organisation_invitation (identifier_kind, identifier);

-- Registration certificates and other proofs. The file lives in the DocumentStore under a random key.
CREATE TABLE organisation_document (
    id                bigserial    PRIMARY KEY,
    organisation_id   bigint       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    kind              varchar(32)  NOT NULL CHECK (kind IN ('registration-certificate', 'other')),
    storage_key       varchar(64)  NOT NULL UNIQUE,
    original_filename varchar(255) NOT NULL,
    content_type      varchar(100) NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes        bigint       NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256            char(64)     NOT NULL,
    uploaded_by       bigint       NOT NULL REFERENCES account (id),
    uploaded_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX organisation_document_organisation_idx ON organisation_document (organisation_id, uploaded_at);
