-- One current score per interaction, enforced by the database (PostgreSQL: partial unique index).
-- H2 has no partial indexes: db/vendor/h2 has the equivalent with a generated column.
CREATE UNIQUE INDEX ux_scores_one_current ON scores (interaction_id) WHERE is_current;
