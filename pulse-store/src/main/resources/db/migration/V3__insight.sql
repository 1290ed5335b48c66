-- Pulse store, schema 3: deeper understanding (issue 8). Portable SQL: PostgreSQL and H2.
-- V4 (learning loop) is independent of these columns.

-- Language the message was routed by (ISO 639-1, 'no' for Bokmål and Nynorsk, 'und' unknown);
-- 'language' keeps what the sender declared.
ALTER TABLE interactions ADD COLUMN detected_language VARCHAR(16);
-- 'detected', or 'declared' / 'default' when the text had too little signal to detect.
ALTER TABLE interactions ADD COLUMN language_source VARCHAR(16);
-- 'scored', or 'unscored' with a reason ('unsupported language'). Unscored interactions have no
-- scores row, so every query that joins the current score skips them.
ALTER TABLE interactions ADD COLUMN scoring_status VARCHAR(16) DEFAULT 'scored' NOT NULL;
ALTER TABLE interactions ADD COLUMN unscored_reason VARCHAR(200);
-- Mixed sentiment: one clause >= +t and another <= -t; parts is a JSON array of both clauses:
-- [{"text":"The product is interesting,","score":0.8,"label":"positive"}, ...].
ALTER TABLE interactions ADD COLUMN mixed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE interactions ADD COLUMN mixed_parts VARCHAR(20000);
-- Emotions: dominant emotion and JSON {"none":0.1,"frustration":0.7,...}; null when not scored.
ALTER TABLE interactions ADD COLUMN emotion VARCHAR(16);
ALTER TABLE interactions ADD COLUMN emotions VARCHAR(1000);
ALTER TABLE interactions ADD COLUMN emotion_model VARCHAR(100);

-- TRUE for scores the lexicon fallback produced while the model was missing or failing; the
-- re-score job adds a model score row for them and moves is_current.
ALTER TABLE scores ADD COLUMN fallback BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_scores_fallback ON scores (fallback, is_current, interaction_id);

-- Aspects (taxonomy topics) mentioned by an interaction, with the sentiment of the clauses that
-- name them; one row per (interaction, aspect) so that they aggregate in SQL.
CREATE TABLE interaction_aspects (
    interaction_id BIGINT           NOT NULL,
    aspect         VARCHAR(64)      NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_interaction_aspects PRIMARY KEY (interaction_id, aspect),
    CONSTRAINT fk_interaction_aspects_interaction FOREIGN KEY (interaction_id) REFERENCES interactions (id) ON DELETE CASCADE,
    CONSTRAINT ck_interaction_aspects_range CHECK (score BETWEEN -1 AND 1)
);

CREATE INDEX ix_interaction_aspects_aspect ON interaction_aspects (aspect, interaction_id);
