-- Sign-ups (issue 8): the reminders sent before shifts, and the volunteers' secret calendar feeds.

-- One row per reminder sent: a sign-up is reminded once per start time (a shift moved to another day is
-- reminded again). The row is claimed in the transaction that decides to send, so two instances of the
-- application, or a restart, never send the same reminder twice.
CREATE TABLE shift_reminder (
    signup_id  bigint      NOT NULL REFERENCES signup (id),
    starts_at  timestamptz NOT NULL,
    sent_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (signup_id, starts_at)
);

-- A volunteer's calendar feed: a random token in the feed's address (GET /calendar/{token}.ics, no sign-in).
-- Regenerating replaces the row, so the old address stops working.
CREATE TABLE calendar_token (
    account_id bigint      PRIMARY KEY REFERENCES account (id),
    token      varchar(64) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
