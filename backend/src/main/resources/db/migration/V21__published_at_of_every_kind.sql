-- When openings, calls and organisations were first made public, so that a saved search's digest lists them as new
-- (issue 11, item 5); projects and stories have it already.

-- An organisation's first verification: set by the database the first time the organisation becomes verified, never
-- changed afterwards (a suspended and reinstated organisation is not new again), whatever the application writes.
-- Existing verified and suspended organisations (a suspended one was verified before) count from their first
-- verification in the audit log, else from their decision, else from their creation.
ALTER TABLE organisation ADD COLUMN published_at timestamptz;
UPDATE organisation o
SET published_at = COALESCE(
        (SELECT min(a.at) FROM audit_event a
         WHERE a.object_type = 'organisation' AND a.object_id = o.id::text AND a.action = 'organisation.verified'),
        o.decided_at,
        o.created_at)
WHERE o.status IN ('verified', 'suspended');

CREATE FUNCTION organisation_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.published_at IS NOT NULL THEN
        NEW.published_at := OLD.published_at;
    ELSIF NEW.status = 'verified' THEN
        NEW.published_at := COALESCE(NEW.published_at, now());
    ELSE
        NEW.published_at := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER organisation_published_at BEFORE INSERT OR UPDATE ON organisation
    FOR EACH ROW EXECUTE FUNCTION organisation_published_at();

-- Openings and calls keep their publication in published_at (set by their workflows on publishing, kept when they
-- close or are cancelled). A public or once-public row without it takes it from the audit log, else from its
-- creation.
UPDATE opening o
SET published_at = COALESCE(
        (SELECT min(a.at) FROM audit_event a
         WHERE a.object_type = 'opening' AND a.object_id = o.id::text AND a.action = 'opening.published'),
        o.created_at)
WHERE o.published_at IS NULL AND o.status IN ('published', 'closed');

UPDATE funding_call c
SET published_at = COALESCE(
        (SELECT min(a.at) FROM audit_event a
         WHERE a.object_type = 'funding-call' AND a.object_id = c.id::text AND a.action = 'funding.call.published'),
        c.created_at)
WHERE c.published_at IS NULL AND c.status IN ('published', 'closed');
