-- What a manifest's figures hash is over. Manifests stored until now hold the whole answer as canonical JSON
-- (format 'answer'), so a field added to the answer would have made them unverifiable; from now on a manifest holds
-- a versioned figures document (format '1': every figure under its name, exact) and is verified by the format it
-- names. The default keeps rows written by an earlier release (also by a node of one during a rolling upgrade)
-- named for what they are.
ALTER TABLE report_manifest ADD COLUMN figures_format VARCHAR(16) NOT NULL DEFAULT 'answer';
