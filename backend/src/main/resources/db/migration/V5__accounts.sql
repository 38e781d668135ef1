-- Accounts, sessions, one-time codes, throttling and the append-only audit log.
-- Identifiers (e-mail lowercased, phone as 11 digits) are unique; passwords are Argon2id PHC strings.

CREATE TABLE account (
    id            bigserial    PRIMARY KEY,
    display_name  varchar(100) NOT NULL CHECK (length(btrim(display_name)) > 0),
    email         varchar(254) UNIQUE CHECK (email = lower(email)),
    phone         varchar(11)  UNIQUE CHECK (phone ~ '^1[3-9][0-9]{9}$'),
    password_hash varchar(200) NOT NULL,
    language      varchar(8)   NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en')),
    status        varchar(16)  NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);

CREATE TABLE account_role (
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       varchar(20) NOT NULL CHECK (role IN ('volunteer', 'reviewer', 'admin')),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, role)
);
CREATE INDEX account_role_role_idx ON account_role (role);

-- One row per signed-in session; the JWT's sid claim names it. The refresh token's key is stored
-- only as its SHA-256.
CREATE TABLE auth_session (
    id           uuid        PRIMARY KEY,
    account_id   bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    refresh_hash bytea       UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
CREATE INDEX auth_session_account_idx ON auth_session (account_id) WHERE revoked_at IS NULL;

-- Pending sign-ups: the account is created only when the code sent to the identifier comes back,
-- together with the handle that only the browser which started this sign-up holds.
CREATE TABLE signup_request (
    id            bigserial    PRIMARY KEY,
    identifier    varchar(254) NOT NULL,
    handle_hash   bytea        NOT NULL UNIQUE,
    code_hash     bytea        NOT NULL,
    display_name  varchar(100) NOT NULL,
    password_hash varchar(200) NOT NULL,
    language      varchar(8)   NOT NULL,
    volunteer     boolean      NOT NULL DEFAULT false,
    attempts      int          NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    expires_at    timestamptz  NOT NULL,
    used_at       timestamptz
);
CREATE INDEX signup_request_identifier_idx ON signup_request (identifier, created_at DESC);

-- One-time tokens (password reset); only the SHA-256 of the token is kept.
CREATE TABLE one_time_token (
    id         bigserial   PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    varchar(20) NOT NULL CHECK (purpose IN ('password-reset')),
    token_hash bytea       NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

-- Sliding-window throttle: one row per counted event, keyed by an HMAC of the account identifier or address.
CREATE TABLE throttle_event (
    bucket   varchar(32) NOT NULL,
    key_hash bytea       NOT NULL,
    at       timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX throttle_event_key_idx ON throttle_event (bucket, key_hash, at);

-- Append-only audit log: who did what, when, to which object. Never updated, never deleted.
CREATE TABLE audit_event (
    id          bigserial    PRIMARY KEY,
    at          timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor_id    bigint       REFERENCES account (id),
    action      varchar(60)  NOT NULL,
    object_type varchar(40),
    object_id   varchar(64),
    detail      varchar(2000) NOT NULL DEFAULT ''
);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, at DESC);
CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, at DESC);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
