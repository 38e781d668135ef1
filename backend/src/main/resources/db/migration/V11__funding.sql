-- Funding (issue 9): calls of funders, applications of agencies, awards from a pool that is never
-- over-committed, tranches paid against approved reports, and an append-only ledger that the public
-- reads (资金公示). Money is integer fen everywhere. Review tables follow in their own migration.

-- Budget categories of an application and a report (V3 style taxonomy). Exactly one is the
-- management fee, whose share of a budget a call caps.
CREATE TABLE budget_category (
    code           varchar(40)  PRIMARY KEY,
    name_zh        varchar(100) NOT NULL,
    name_en        varchar(200) NOT NULL,
    management_fee boolean      NOT NULL DEFAULT false,
    sort_order     int          NOT NULL
);
CREATE UNIQUE INDEX budget_category_one_management_fee ON budget_category (management_fee) WHERE management_fee;

INSERT INTO budget_category (code, name_zh, name_en, management_fee, sort_order) VALUES
    ('personnel',      '人员费用',     'Personnel',                    false, 1),
    ('activities',     '活动费用',     'Activities',                   false, 2),
    ('travel',         '交通差旅',     'Travel',                       false, 3),
    ('materials',      '物资设备',     'Materials and equipment',      false, 4),
    ('training',       '培训督导',     'Training and supervision',     false, 5),
    ('publicity',      '宣传印刷',     'Publicity and printing',       false, 6),
    ('evaluation',     '评估审计',     'Evaluation and audit',         false, 7),
    ('other',          '其他费用',     'Other',                        false, 8),
    ('management-fee', '管理费',       'Management fee',               true,  9);

-- A funder's call. The pool is committed by approved awards; committed_fen is kept under the call's
-- row lock by the award service and is the last guard against over-commitment.
CREATE TABLE funding_call (
    id                       bigserial    PRIMARY KEY,
    organisation_id          bigint       NOT NULL REFERENCES organisation (id),
    title                    varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
    description              text         NOT NULL DEFAULT '',
    funding_type_code        varchar(40)  NOT NULL REFERENCES funding_type (code),
    programme_code           varchar(40)  REFERENCES programme (code),
    pool_fen                 bigint       NOT NULL CHECK (pool_fen > 0),
    committed_fen            bigint       NOT NULL DEFAULT 0 CHECK (committed_fen >= 0),
    max_award_fen            bigint       NOT NULL CHECK (max_award_fen > 0),
    -- Basis points of a budget's total that the management-fee category may take (1000 = 10 %).
    management_fee_cap_bp    int          NOT NULL DEFAULT 1000 CHECK (management_fee_cap_bp BETWEEN 0 AND 10000),
    -- Eligibility: the region subtree where an applicant is registered or serves (see region_basis),
    -- the minimum of certified social workers (assistant + intermediate + senior); the subtypes and
    -- target groups are in child tables (empty subtypes: any agency).
    region_code              varchar(12)  NOT NULL REFERENCES region (code),
    region_basis             varchar(12)  NOT NULL DEFAULT 'either'
        CHECK (region_basis IN ('registered', 'service', 'either')),
    min_social_workers       int          NOT NULL DEFAULT 0 CHECK (min_social_workers >= 0),
    opens_at                 timestamptz  NOT NULL,
    closes_at                timestamptz  NOT NULL,
    -- Two-stage calls: concept notes until concept_closes_at, full proposals from the shortlisted
    -- until closes_at.
    two_stage                boolean      NOT NULL DEFAULT false,
    concept_closes_at        timestamptz,
    blind_review             boolean      NOT NULL DEFAULT false,
    score_min                int          NOT NULL DEFAULT 0,
    score_max                int          NOT NULL DEFAULT 10,
    -- Months between progress reports of an award (quarterly by default).
    report_interval_months   int          NOT NULL DEFAULT 3 CHECK (report_interval_months BETWEEN 1 AND 12),
    status                   varchar(16)  NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'published', 'closed', 'cancelled')),
    status_reason            varchar(2000),
    published_at             timestamptz,
    demo                     boolean      NOT NULL DEFAULT false,
    created_by               bigint       NOT NULL REFERENCES account (id),
    version                  bigint       NOT NULL DEFAULT 1,
    created_at               timestamptz  NOT NULL DEFAULT now(),
    updated_at               timestamptz  NOT NULL DEFAULT now(),
    CHECK (max_award_fen <= pool_fen),
    CHECK (committed_fen <= pool_fen),
    CHECK (closes_at > opens_at),
    CHECK (score_max > score_min),
    CHECK (NOT two_stage OR (concept_closes_at IS NOT NULL AND concept_closes_at > opens_at
                             AND concept_closes_at < closes_at)),
    CHECK (two_stage OR concept_closes_at IS NULL)
);
CREATE INDEX funding_call_organisation_idx ON funding_call (organisation_id, created_at);
CREATE INDEX funding_call_status_idx ON funding_call (status, closes_at);

CREATE TABLE funding_call_eligible_subtype (
    call_id bigint      NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    subtype varchar(40) NOT NULL CHECK (subtype IN ('social-work-agency', 'child-welfare', 'elderly-care',
                                                    'rescue-protection', 'township-station', 'university')),
    PRIMARY KEY (call_id, subtype)
);

-- The call's target groups: its focus in search, and an eligibility rule (an applicant serves at
-- least one of them) when the call has any.
CREATE TABLE funding_call_target_group (
    call_id           bigint      NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    target_group_code varchar(40) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (call_id, target_group_code)
);

-- The sections an application to the call has, with the funder's guidance.
CREATE TABLE funding_call_section (
    call_id    bigint        NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    code       varchar(20)   NOT NULL CHECK (code IN ('need', 'objectives', 'activities', 'beneficiaries',
                                                      'budget', 'indicators')),
    required   boolean       NOT NULL DEFAULT true,
    guidance   varchar(2000) NOT NULL DEFAULT '',
    max_chars  int           NOT NULL DEFAULT 5000 CHECK (max_chars BETWEEN 100 AND 50000),
    sort_order int           NOT NULL,
    PRIMARY KEY (call_id, code)
);

-- The tranche schedule: shares in basis points (sum 10000) and, for every tranche after the first,
-- the due date of the report whose approval makes it payable.
CREATE TABLE funding_call_tranche (
    call_id       bigint NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    seq           int    NOT NULL CHECK (seq BETWEEN 1 AND 12),
    share_bp      int    NOT NULL CHECK (share_bp BETWEEN 1 AND 10000),
    report_due_on date,
    PRIMARY KEY (call_id, seq),
    CHECK ((seq = 1) = (report_due_on IS NULL))
);

-- The review rubric: criteria with weights (percent, sum 100) scored in the call's range.
CREATE TABLE funding_call_criterion (
    id          bigserial     PRIMARY KEY,
    call_id     bigint        NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    seq         int           NOT NULL,
    name        varchar(200)  NOT NULL CHECK (length(btrim(name)) > 0),
    description varchar(2000) NOT NULL DEFAULT '',
    weight      int           NOT NULL CHECK (weight BETWEEN 1 AND 100),
    UNIQUE (call_id, seq)
);

-- Files attached to applications and reports: content-checked like organisation documents and kept
-- in the same document store.
CREATE TABLE funding_attachment (
    id                bigserial    PRIMARY KEY,
    organisation_id   bigint       NOT NULL REFERENCES organisation (id),
    storage_key       varchar(64)  NOT NULL UNIQUE,
    original_filename varchar(255) NOT NULL,
    content_type      varchar(100) NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes        bigint       NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256            char(64)     NOT NULL,
    uploaded_by       bigint       NOT NULL REFERENCES account (id),
    uploaded_at       timestamptz  NOT NULL DEFAULT now()
);

-- An agency's application to a call. In a two-stage call it starts as a concept note; shortlisting
-- turns the same row into a full proposal (stage 'full', back to draft).
CREATE TABLE funding_application (
    id                 bigserial     PRIMARY KEY,
    call_id            bigint        NOT NULL REFERENCES funding_call (id),
    organisation_id    bigint        NOT NULL REFERENCES organisation (id),
    project_id         bigint        REFERENCES project (id),
    stage              varchar(8)    NOT NULL DEFAULT 'full' CHECK (stage IN ('concept', 'full')),
    status             varchar(16)   NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'withdrawn', 'rejected', 'awarded')),
    title              varchar(200)  NOT NULL DEFAULT '',
    need               text          NOT NULL DEFAULT '',
    objectives         text          NOT NULL DEFAULT '',
    activities         text          NOT NULL DEFAULT '',
    beneficiaries      text          NOT NULL DEFAULT '',
    beneficiary_count  int           CHECK (beneficiary_count >= 0),
    period_from        date,
    period_to          date,
    -- Computed by the server from the budget lines on every save.
    requested_fen      bigint        NOT NULL DEFAULT 0 CHECK (requested_fen >= 0),
    management_fee_fen bigint        NOT NULL DEFAULT 0 CHECK (management_fee_fen >= 0),
    status_reason      varchar(2000),
    shortlisted_at     timestamptz,
    submitted_at       timestamptz,
    submitted_by       bigint        REFERENCES account (id),
    withdrawn_at       timestamptz,
    demo               boolean       NOT NULL DEFAULT false,
    created_by         bigint        NOT NULL REFERENCES account (id),
    version            bigint        NOT NULL DEFAULT 1,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);
-- One live application per organisation and call (a withdrawn one may be followed by a new one).
CREATE UNIQUE INDEX funding_application_one_per_call ON funding_application (call_id, organisation_id)
    WHERE status <> 'withdrawn';
CREATE INDEX funding_application_organisation_idx ON funding_application (organisation_id, updated_at);
CREATE INDEX funding_application_call_idx ON funding_application (call_id, status);

CREATE TABLE funding_application_budget_line (
    id             bigserial    PRIMARY KEY,
    application_id bigint       NOT NULL REFERENCES funding_application (id) ON DELETE CASCADE,
    seq            int          NOT NULL,
    category_code  varchar(40)  NOT NULL REFERENCES budget_category (code),
    description    varchar(500) NOT NULL DEFAULT '',
    amount_fen     bigint       NOT NULL CHECK (amount_fen >= 0),
    UNIQUE (application_id, seq)
);

CREATE TABLE funding_application_indicator (
    id             bigserial      PRIMARY KEY,
    application_id bigint         NOT NULL REFERENCES funding_application (id) ON DELETE CASCADE,
    seq            int            NOT NULL,
    name           varchar(200)   NOT NULL,
    unit           varchar(20)    NOT NULL DEFAULT '',
    target         numeric(14, 2) NOT NULL CHECK (target >= 0),
    UNIQUE (application_id, seq)
);

CREATE TABLE funding_application_attachment (
    application_id bigint NOT NULL REFERENCES funding_application (id) ON DELETE CASCADE,
    attachment_id  bigint NOT NULL REFERENCES funding_attachment (id),
    PRIMARY KEY (application_id, attachment_id)
);

-- A funder's pledge to match (配捐) another funder's awards in a call, 1:1 up to cap_fen. Like a
-- call's pool, committed_fen is kept under the row lock and checked.
CREATE TABLE funding_match (
    id                      bigserial     PRIMARY KEY,
    call_id                 bigint        NOT NULL REFERENCES funding_call (id),
    organisation_id         bigint        NOT NULL REFERENCES organisation (id),
    cap_fen                 bigint        NOT NULL CHECK (cap_fen > 0),
    committed_fen           bigint        NOT NULL DEFAULT 0 CHECK (committed_fen >= 0),
    status                  varchar(12)   NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'active', 'declined', 'ended')),
    proposed_by             bigint        NOT NULL REFERENCES account (id),
    proposed_at             timestamptz   NOT NULL DEFAULT now(),
    decided_by              bigint        REFERENCES account (id),
    decided_at              timestamptz,
    status_reason           varchar(2000),
    version                 bigint        NOT NULL DEFAULT 1,
    CHECK (committed_fen <= cap_fen),
    CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE UNIQUE INDEX funding_match_one_live ON funding_match (call_id, organisation_id)
    WHERE status IN ('proposed', 'active');

-- An award: proposed by one funder member, approved (or declined with a reason) by another,
-- accepted by the agency. A matching award names the award it matches and the pledge it draws on.
CREATE TABLE funding_award (
    id                      bigserial     PRIMARY KEY,
    call_id                 bigint        NOT NULL REFERENCES funding_call (id),
    application_id          bigint        NOT NULL REFERENCES funding_application (id),
    funder_organisation_id  bigint        NOT NULL REFERENCES organisation (id),
    organisation_id         bigint        NOT NULL REFERENCES organisation (id),
    project_id              bigint        NOT NULL REFERENCES project (id),
    matched_award_id        bigint        REFERENCES funding_award (id),
    match_id                bigint        REFERENCES funding_match (id),
    amount_fen              bigint        NOT NULL CHECK (amount_fen > 0),
    paid_fen                bigint        NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
    conditions              varchar(4000) NOT NULL DEFAULT '',
    status                  varchar(12)   NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'approved', 'declined', 'accepted', 'refused', 'completed', 'cancelled')),
    status_reason           varchar(2000),
    proposed_by             bigint        NOT NULL REFERENCES account (id),
    proposed_at             timestamptz   NOT NULL DEFAULT now(),
    decided_by              bigint        REFERENCES account (id),
    decided_at              timestamptz,
    accepted_by             bigint        REFERENCES account (id),
    accepted_at             timestamptz,
    version                 bigint        NOT NULL DEFAULT 1,
    CHECK (paid_fen <= amount_fen),
    CHECK (decided_by IS NULL OR decided_by <> proposed_by),
    CHECK ((matched_award_id IS NULL) = (match_id IS NULL))
);
CREATE INDEX funding_award_call_idx ON funding_award (call_id, status);
CREATE INDEX funding_award_project_idx ON funding_award (project_id);
CREATE INDEX funding_award_organisation_idx ON funding_award (organisation_id);
CREATE INDEX funding_award_matched_idx ON funding_award (matched_award_id);
-- One live (non-matching) award per application.
CREATE UNIQUE INDEX funding_award_one_per_application ON funding_award (application_id)
    WHERE matched_award_id IS NULL AND status NOT IN ('declined', 'refused', 'cancelled');

-- An award's tranches, made from the call's schedule when the award is approved. The first is
-- payable on acceptance; a later one once the report due on report_due_on is approved.
CREATE TABLE funding_tranche (
    id            bigserial   PRIMARY KEY,
    award_id      bigint      NOT NULL REFERENCES funding_award (id),
    seq           int         NOT NULL,
    amount_fen    bigint      NOT NULL CHECK (amount_fen > 0),
    paid_fen      bigint      NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
    report_due_on date,
    status        varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'payable', 'paid')),
    payable_at    timestamptz,
    paid_at       timestamptz,
    UNIQUE (award_id, seq),
    CHECK (paid_fen <= amount_fen)
);

-- A payment of a tranche: recorded by one funder member, approved by another. The idempotency key
-- is the client's, unique per funder, so a retry or a double click finds the first payment.
CREATE TABLE funding_payment (
    id                     bigserial     PRIMARY KEY,
    tranche_id             bigint        NOT NULL REFERENCES funding_tranche (id),
    funder_organisation_id bigint        NOT NULL REFERENCES organisation (id),
    amount_fen             bigint        NOT NULL CHECK (amount_fen > 0),
    external_reference     varchar(100)  NOT NULL CHECK (length(btrim(external_reference)) > 0),
    idempotency_key        varchar(100)  NOT NULL,
    paid_on                date          NOT NULL,
    status                 varchar(10)   NOT NULL DEFAULT 'recorded' CHECK (status IN ('recorded', 'approved', 'rejected')),
    status_reason          varchar(2000),
    recorded_by            bigint        NOT NULL REFERENCES account (id),
    recorded_at            timestamptz   NOT NULL DEFAULT now(),
    decided_by             bigint        REFERENCES account (id),
    decided_at             timestamptz,
    UNIQUE (funder_organisation_id, idempotency_key),
    CHECK (decided_by IS NULL OR decided_by <> recorded_by)
);
CREATE INDEX funding_payment_tranche_idx ON funding_payment (tranche_id);
-- At most one payment of a tranche waits for approval at a time.
CREATE UNIQUE INDEX funding_payment_one_open ON funding_payment (tranche_id) WHERE status = 'recorded';

-- The ledger: every commitment, release and payment, append-only. A pool is a call (match_id null)
-- or a matching pledge. Committed = sum of commit + release (a release is negative); paid = sum of
-- payment; remaining = the pool's budget - committed.
CREATE TABLE funding_ledger_entry (
    id                     bigserial   PRIMARY KEY,
    call_id                bigint      NOT NULL REFERENCES funding_call (id),
    match_id               bigint      REFERENCES funding_match (id),
    funder_organisation_id bigint      NOT NULL REFERENCES organisation (id),
    award_id               bigint      NOT NULL REFERENCES funding_award (id),
    tranche_id             bigint      REFERENCES funding_tranche (id),
    payment_id             bigint      REFERENCES funding_payment (id),
    kind                   varchar(10) NOT NULL CHECK (kind IN ('commit', 'release', 'payment')),
    amount_fen             bigint      NOT NULL,
    actor_account_id       bigint      REFERENCES account (id),
    recorded_at            timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'release') = (amount_fen < 0)),
    CHECK (amount_fen <> 0),
    CHECK ((kind = 'payment') = (payment_id IS NOT NULL))
);
CREATE UNIQUE INDEX funding_ledger_one_commit ON funding_ledger_entry (award_id) WHERE kind = 'commit';
CREATE UNIQUE INDEX funding_ledger_one_per_payment ON funding_ledger_entry (payment_id) WHERE kind = 'payment';
CREATE INDEX funding_ledger_call_idx ON funding_ledger_entry (call_id, id);
CREATE INDEX funding_ledger_award_idx ON funding_ledger_entry (award_id, id);

CREATE FUNCTION funding_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER funding_ledger_entry_no_update BEFORE UPDATE OR DELETE ON funding_ledger_entry
    FOR EACH ROW EXECUTE FUNCTION funding_append_only();

-- Reports of an award: progress reports on the call's interval and the final report within three
-- months of the project's end. A report with a tranche is the one whose approval makes it payable.
CREATE TABLE funding_report (
    id             bigserial     PRIMARY KEY,
    award_id       bigint        NOT NULL REFERENCES funding_award (id),
    tranche_id     bigint        REFERENCES funding_tranche (id),
    kind           varchar(10)   NOT NULL CHECK (kind IN ('progress', 'final')),
    seq            int           NOT NULL,
    period_from    date          NOT NULL,
    period_to      date          NOT NULL,
    due_on         date          NOT NULL,
    status         varchar(10)   NOT NULL DEFAULT 'due'
        CHECK (status IN ('due', 'draft', 'submitted', 'approved', 'returned')),
    narrative      text          NOT NULL DEFAULT '',
    return_comment varchar(4000),
    submitted_by   bigint        REFERENCES account (id),
    submitted_at   timestamptz,
    decided_by     bigint        REFERENCES account (id),
    decided_at     timestamptz,
    version        bigint        NOT NULL DEFAULT 1,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (award_id, seq),
    CHECK (period_to >= period_from)
);
CREATE UNIQUE INDEX funding_report_one_per_tranche ON funding_report (tranche_id) WHERE tranche_id IS NOT NULL;
CREATE INDEX funding_report_due_idx ON funding_report (status, due_on);

CREATE TABLE funding_report_indicator (
    report_id    bigint         NOT NULL REFERENCES funding_report (id) ON DELETE CASCADE,
    indicator_id bigint         NOT NULL REFERENCES funding_application_indicator (id),
    value        numeric(14, 2) NOT NULL CHECK (value >= 0),
    PRIMARY KEY (report_id, indicator_id)
);

-- Budget against actual by category: the budget from the application's lines, the actual reported.
CREATE TABLE funding_report_budget_line (
    report_id     bigint        NOT NULL REFERENCES funding_report (id) ON DELETE CASCADE,
    category_code varchar(40)   NOT NULL REFERENCES budget_category (code),
    budget_fen    bigint        NOT NULL CHECK (budget_fen >= 0),
    actual_fen    bigint        NOT NULL CHECK (actual_fen >= 0),
    explanation   varchar(2000) NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, category_code)
);

CREATE TABLE funding_report_attachment (
    report_id     bigint NOT NULL REFERENCES funding_report (id) ON DELETE CASCADE,
    attachment_id bigint NOT NULL REFERENCES funding_attachment (id),
    PRIMARY KEY (report_id, attachment_id)
);
