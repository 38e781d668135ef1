-- Saved searches and their e-mail alerts (issue 11, item 5), and when a project was first made public.

-- A project's first publication: set by the database the first time the project becomes public (published or
-- closed), never changed afterwards, whatever the application writes. Existing public projects count as published
-- when they were created. A digest lists what was first made public since the last one.
ALTER TABLE project ADD COLUMN published_at timestamptz;
UPDATE project SET published_at = created_at WHERE status IN ('published', 'closed');

CREATE FUNCTION project_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.published_at IS NOT NULL THEN
        NEW.published_at := OLD.published_at;
    ELSIF NEW.status IN ('published', 'closed') THEN
        NEW.published_at := COALESCE(NEW.published_at, now());
    ELSE
        NEW.published_at := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER project_published_at BEFORE INSERT OR UPDATE ON project
    FOR EACH ROW EXECUTE FUNCTION project_published_at();

-- A signed-in user's saved search: the kind searched ('all' for the combined search) and its parameters as the
-- SPA sends them (a URL query string without page and size), and how often to send what is new ('never' after an
-- unsubscribe). New items are those first made public after last_digest_at (at first, when the search was saved).
CREATE TABLE saved_search (
    id              bigserial     PRIMARY KEY,
    account_id      bigint        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name            varchar(100)  NOT NULL CHECK (length(btrim(name)) > 0),
    kind            varchar(16)   NOT NULL
        CHECK (kind IN ('all', 'project', 'opening', 'call', 'organisation', 'story')),
    query           varchar(2000) NOT NULL,
    frequency       varchar(8)    NOT NULL CHECK (frequency IN ('daily', 'weekly', 'never')),
    last_digest_at  timestamptz   NOT NULL DEFAULT now(),
    version         bigint        NOT NULL DEFAULT 1,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX saved_search_account_idx ON saved_search (account_id, created_at);
CREATE INDEX saved_search_due_idx ON saved_search (last_digest_at) WHERE frequency <> 'never';

-- One digest e-mail as sent. Its unsubscribe link carries a random token; only the token's SHA-256 is kept, so the
-- link of every digest keeps working and a database reader cannot unsubscribe anybody.
CREATE TABLE saved_search_digest (
    id               bigserial    PRIMARY KEY,
    saved_search_id  bigint       NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    token_hash       bytea        NOT NULL UNIQUE,
    items            int          NOT NULL CHECK (items > 0),
    sent_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX saved_search_digest_search_idx ON saved_search_digest (saved_search_id);

-- Every item a saved search's digests have listed: a digest never lists one again.
CREATE TABLE saved_search_delivery (
    saved_search_id  bigint       NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    kind             varchar(16)  NOT NULL
        CHECK (kind IN ('project', 'opening', 'call', 'organisation', 'story')),
    item_id          bigint       NOT NULL,
    digest_id        bigint       NOT NULL REFERENCES saved_search_digest (id) ON DELETE CASCADE,
    PRIMARY KEY (saved_search_id, kind, item_id)
);
