-- Review of funding applications (issue 9): a funder assigns reviewers to a submitted application; each
-- reviewer first declares a conflict of interest or none (a conflicted reviewer never sees the application),
-- then scores every criterion of the call's rubric with a comment, writes an overall comment and submits.

-- One reviewer on one application at one stage (a two-stage call's concept note and full proposal are reviewed
-- apart: shortlisting turns the same application row into a full draft). The call is repeated from the application
-- so that a call's ranking reads one index. A funder who takes a reviewer off the application keeps the row
-- (removed_at): a declaration stays on record and a conflicted reviewer cannot be put back to see the application.
CREATE TABLE funding_review_assignment (
    id                  bigserial     PRIMARY KEY,
    call_id             bigint        NOT NULL REFERENCES funding_call (id),
    application_id      bigint        NOT NULL REFERENCES funding_application (id),
    stage               varchar(8)    NOT NULL CHECK (stage IN ('concept', 'full')),
    reviewer_account_id bigint        NOT NULL REFERENCES account (id),
    assigned_by         bigint        NOT NULL REFERENCES account (id),
    assigned_at         timestamptz   NOT NULL DEFAULT now(),
    removed_at          timestamptz,
    declaration         varchar(8)    NOT NULL DEFAULT 'pending'
        CHECK (declaration IN ('pending', 'none', 'conflict')),
    conflict_reason     varchar(2000),
    declared_at         timestamptz,
    overall_comment     varchar(8000) NOT NULL DEFAULT '',
    submitted_at        timestamptz,
    -- Σ weight × score / 100 over the rubric, fixed at submission (the scores cannot change afterwards), so that a
    -- call's ranking aggregates assignments without reading every score. Exact with two decimals because scores are
    -- integers and weights whole percents; widen the scale if weights ever take fractions.
    weighted_score      numeric(9, 2),
    version             bigint        NOT NULL DEFAULT 1,
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (application_id, stage, reviewer_account_id),
    CHECK ((declaration = 'pending') = (declared_at IS NULL)),
    CHECK (declaration = 'conflict' OR conflict_reason IS NULL),
    -- Only a reviewer without a conflict scores and submits.
    CHECK (submitted_at IS NULL OR declaration = 'none'),
    CHECK ((submitted_at IS NULL) = (weighted_score IS NULL))
);
CREATE INDEX funding_review_assignment_call_idx ON funding_review_assignment (call_id, application_id);
CREATE INDEX funding_review_assignment_reviewer_idx ON funding_review_assignment (reviewer_account_id, assigned_at);

-- A reviewer's score of one criterion, with a comment. Integers in the call's range (checked by the service,
-- which knows the range).
CREATE TABLE funding_review_score (
    id            bigserial     PRIMARY KEY,
    assignment_id bigint        NOT NULL REFERENCES funding_review_assignment (id) ON DELETE CASCADE,
    criterion_id  bigint        NOT NULL REFERENCES funding_call_criterion (id),
    score         int           NOT NULL,
    comment       varchar(4000) NOT NULL DEFAULT '',
    UNIQUE (assignment_id, criterion_id)
);
