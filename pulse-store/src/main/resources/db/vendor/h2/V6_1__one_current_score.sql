-- One current score per interaction, enforced by the database. H2 has no partial indexes, so a
-- generated column holds the interaction id of current rows only (NULL otherwise, and NULLs never
-- collide in a unique constraint): the same rule as PostgreSQL's partial unique index.
ALTER TABLE scores ADD COLUMN current_interaction_id BIGINT
    GENERATED ALWAYS AS (CASE WHEN is_current THEN interaction_id END);
ALTER TABLE scores ADD CONSTRAINT ux_scores_one_current UNIQUE (current_interaction_id);
