-- A user can be switched off (a leaver) without being removed: their name stays on what they recorded and in the
-- audit trail. Switched off: no sign-in, and every open session ends at its next request, on every node.
ALTER TABLE app_user ADD COLUMN disabled_at TIMESTAMPTZ;
ALTER TABLE app_user ADD COLUMN disabled_by VARCHAR(64);
