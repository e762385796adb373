-- Users are a JPA entity edited through screens (docs/decisions: JPA for edited aggregates). Two
-- data managers saving the same user must not overwrite each other silently, so each row carries
-- the version Hibernate checks and increments on every update (optimistic locking).
ALTER TABLE app_user ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
