-- Issue 11: administrators' additions to the search synonyms. Each row is one group of words that mean the same to a
-- person searching (守护童年, 留守儿童), used on top of the versioned file search/synonyms.txt of the search module.
-- Synonyms are applied when a query is built, so a change needs no reindex. A removal keeps the row (who removed it,
-- when). Every change takes the next number of search_synonym_version_seq into `version`: the application caches the
-- groups and reloads them when max(version) moves.
CREATE SEQUENCE search_synonym_version_seq;

CREATE TABLE search_synonym (
    id          BIGSERIAL PRIMARY KEY,
    words       VARCHAR(1000) NOT NULL CHECK (position(',' IN words) > 0),
    created_by  BIGINT NOT NULL REFERENCES account (id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    removed_by  BIGINT REFERENCES account (id),
    removed_at  TIMESTAMPTZ,
    version     BIGINT NOT NULL,
    CHECK ((removed_by IS NULL) = (removed_at IS NULL))
);
