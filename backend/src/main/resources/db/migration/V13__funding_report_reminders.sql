-- Reports of awards (issue 9): the reminders 14 and 3 days before a report's due date. The run that sends a
-- reminder inserts its row in the same transaction (ON CONFLICT DO NOTHING), so each goes out once, even when two
-- instances run at the same time or a run is repeated after a restart.
CREATE TABLE funding_report_reminder (
    report_id   bigint      NOT NULL REFERENCES funding_report (id),
    days_before int         NOT NULL CHECK (days_before IN (14, 3)),
    due_on      date        NOT NULL,
    sent_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (report_id, days_before, due_on)
);

-- The public list of payments (资金公示) streams approved payments by id, optionally of one call and period.
CREATE INDEX funding_payment_approved_idx ON funding_payment (paid_on, id) WHERE status = 'approved';
