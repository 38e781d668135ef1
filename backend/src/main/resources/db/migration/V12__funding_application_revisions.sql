-- Every version an application takes (each autosave, the submission, a withdrawal, shortlisting, rejection, the
-- award) keeps what it held then, so that the agency, the funder and support can see what was saved when. The
-- snapshot is the application's content at that version: title, the section texts, beneficiary count, period,
-- project, budget lines, indicators, the computed totals, the attachments' ids and names, stage and status.
-- Append-only, like the ledger.
CREATE TABLE funding_application_revision (
    id             bigserial   PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES funding_application (id) ON DELETE CASCADE,
    version        bigint      NOT NULL,
    event          varchar(16) NOT NULL
        CHECK (event IN ('created', 'saved', 'submitted', 'withdrawn', 'shortlisted', 'rejected', 'awarded')),
    snapshot       jsonb       NOT NULL,
    saved_by       bigint      REFERENCES account (id),
    saved_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (application_id, version)
);

CREATE TRIGGER funding_application_revision_no_update BEFORE UPDATE ON funding_application_revision
    FOR EACH ROW EXECUTE FUNCTION funding_append_only();
