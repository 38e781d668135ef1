-- Volunteer hours (志愿服务记录) and certificates (志愿服务证明), issue 8. A record is one per sign-up; what it
-- says lives in append-only versions, so a correction adds a version and every earlier one stays. Only the
-- status pointers (a record's status and current version, a dispute's resolution) change in place.

CREATE TABLE service_record (
    id                   bigserial    PRIMARY KEY,
    organisation_id      bigint       NOT NULL REFERENCES organisation (id),
    volunteer_account_id bigint       NOT NULL REFERENCES volunteer (account_id),
    shift_id             bigint       NOT NULL REFERENCES shift (id),
    signup_id            bigint       NOT NULL UNIQUE REFERENCES signup (id),
    -- The volunteer's basic information as the 办法 lists it, as it was when the record was made: the name
    -- and the masked ID number (never the number itself).
    volunteer_name       varchar(100) NOT NULL,
    id_number_masked     varchar(40)  NOT NULL,
    status               varchar(16)  NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed', 'disputed')),
    current_version      int          NOT NULL DEFAULT 1 CHECK (current_version >= 1),
    confirmed_at         timestamptz,
    confirmed_by         bigint       REFERENCES account (id),
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX service_record_shift_idx ON service_record (shift_id);
CREATE INDEX service_record_volunteer_idx ON service_record (volunteer_account_id, organisation_id);
CREATE INDEX service_record_organisation_idx ON service_record (organisation_id, status);

-- What a record says, one row per version. Hours are the time actually serving, in minutes, travel excluded.
CREATE TABLE service_record_version (
    id                bigserial     PRIMARY KEY,
    record_id         bigint        NOT NULL REFERENCES service_record (id),
    version           int           NOT NULL CHECK (version >= 1),
    activity          varchar(200)  NOT NULL,
    place             varchar(600)  NOT NULL,
    starts_at         timestamptz   NOT NULL,
    ends_at           timestamptz   NOT NULL,
    minutes           int           NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    content           varchar(2000) NOT NULL,
    evaluation        varchar(2000),
    organisation_name varchar(200)  NOT NULL,
    recorded_by       bigint        NOT NULL REFERENCES account (id),
    recorded_at       timestamptz   NOT NULL DEFAULT now(),
    -- why a confirmed record was corrected (null for the first version and for edits of a draft)
    correction_reason varchar(2000),
    UNIQUE (record_id, version),
    CHECK (ends_at > starts_at)
);

-- A volunteer's dispute of one version of a record; a correction resolves the open ones.
CREATE TABLE service_record_dispute (
    id                   bigserial     PRIMARY KEY,
    record_id            bigint        NOT NULL REFERENCES service_record (id),
    record_version       int           NOT NULL,
    volunteer_account_id bigint        NOT NULL REFERENCES account (id),
    reason               varchar(2000) NOT NULL CHECK (length(btrim(reason)) > 0),
    status               varchar(16)   NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at           timestamptz   NOT NULL DEFAULT now(),
    resolved_at          timestamptz,
    resolved_by          bigint        REFERENCES account (id),
    resolved_version     int,
    FOREIGN KEY (record_id, record_version) REFERENCES service_record_version (record_id, version)
);
CREATE UNIQUE INDEX service_record_dispute_open_once ON service_record_dispute (record_id) WHERE status = 'open';

-- A certificate as issued: what it says is fixed when it is issued. The code is the public handle (at least
-- 128 random bits, URL-safe); it is the only way to find a certificate without signing in.
CREATE TABLE certificate (
    id                   bigserial    PRIMARY KEY,
    code                 varchar(64)  NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{22,64}$'),
    organisation_id      bigint       NOT NULL REFERENCES organisation (id),
    volunteer_account_id bigint       NOT NULL REFERENCES volunteer (account_id),
    volunteer_name       varchar(100) NOT NULL,
    id_number_masked     varchar(40)  NOT NULL,
    organisation_name    varchar(200) NOT NULL,
    organisation_contact varchar(300),
    total_minutes        int          NOT NULL CHECK (total_minutes > 0),
    period_from          date         NOT NULL,
    period_to            date         NOT NULL,
    issued_at            timestamptz  NOT NULL DEFAULT now(),
    CHECK (period_to >= period_from)
);
CREATE INDEX certificate_volunteer_idx ON certificate (volunteer_account_id, issued_at DESC);

-- Which version of which record a certificate covers.
CREATE TABLE certificate_record (
    id             bigserial PRIMARY KEY,
    certificate_id bigint    NOT NULL REFERENCES certificate (id),
    record_id      bigint    NOT NULL,
    record_version int       NOT NULL,
    UNIQUE (certificate_id, record_id),
    FOREIGN KEY (record_id, record_version) REFERENCES service_record_version (record_id, version)
);
CREATE INDEX certificate_record_record_idx ON certificate_record (record_id);

-- A certificate stops being valid when a record it covers is corrected: one row, never removed.
CREATE TABLE certificate_revocation (
    certificate_id bigint        PRIMARY KEY REFERENCES certificate (id),
    revoked_at     timestamptz   NOT NULL DEFAULT now(),
    reason         varchar(2000) NOT NULL,
    record_id      bigint        REFERENCES service_record (id)
);

CREATE FUNCTION hours_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER service_record_version_no_update BEFORE UPDATE OR DELETE ON service_record_version
    FOR EACH ROW EXECUTE FUNCTION hours_append_only();
CREATE TRIGGER certificate_no_update BEFORE UPDATE OR DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION hours_append_only();
CREATE TRIGGER certificate_record_no_update BEFORE UPDATE OR DELETE ON certificate_record
    FOR EACH ROW EXECUTE FUNCTION hours_append_only();
CREATE TRIGGER certificate_revocation_no_update BEFORE UPDATE OR DELETE ON certificate_revocation
    FOR EACH ROW EXECUTE FUNCTION hours_append_only();
