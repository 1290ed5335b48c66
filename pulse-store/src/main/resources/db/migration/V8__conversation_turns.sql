-- Pulse store, schema 8: conversations keep their turns. Portable SQL: PostgreSQL and H2.
-- Who wrote the turn: 'customer', 'agent' or 'bot' (checked by ingest); NULL for interactions
-- stored before roles existed, which count as the customer's.
ALTER TABLE interactions ADD COLUMN author_role VARCHAR(8);

-- A conversation's turns in order, and the customer turns of a conversation for alerts.
CREATE INDEX ix_interactions_conversation ON interactions (conversation_id, occurred_at, id);
