-- A unified social credit code belongs exclusively to an organisation only once it has been submitted for
-- verification (submitted, verified, and suspended: a suspended organisation is still the real one and comes back
-- with a reinstatement). Drafts and rejected registrations no longer hold a code, so a draft cannot squat a real
-- organisation's code; several drafts may carry the same code, and the second to submit is refused.

ALTER TABLE organisation DROP CONSTRAINT organisation_credit_code_key;

CREATE UNIQUE INDEX organisation_credit_code_held ON organisation (credit_code)
    WHERE status IN ('submitted', 'verified', 'suspended');

CREATE INDEX organisation_credit_code_idx ON organisation (credit_code);
