-- Users who sign in through the organisation's identity provider (OpenID Connect, docs/decisions/0017)
-- are created at their first sign-in and found again by the provider's issuer and their subject there,
-- never by user name: a provider's user called like a local account must not become that account.
-- They have no password here: the hash column holds the marker '{sso}', which no password matches.
ALTER TABLE app_user
    ADD COLUMN identity_provider VARCHAR(255) NULL,
    ADD COLUMN external_subject  VARCHAR(255) NULL,
    ADD CONSTRAINT uk_user_external UNIQUE (identity_provider, external_subject),
    ADD CONSTRAINT ck_user_external CHECK ((identity_provider IS NULL) = (external_subject IS NULL)),
    ADD CONSTRAINT ck_user_external_no_password CHECK (external_subject IS NULL OR password_hash = '{sso}');
