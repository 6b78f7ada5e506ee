-- Keys the bot makes for itself, shared by every instance on this database (as sqlite/0014): data-protection keys as
-- the framework's XML, and secrets generated once when none is configured (base64).
CREATE TABLE data_protection_keys (
    id            TEXT   NOT NULL PRIMARY KEY,
    friendly_name TEXT   NULL,
    xml           TEXT   NOT NULL,
    created_at    BIGINT NOT NULL
);

CREATE TABLE generated_keys (
    name       TEXT   NOT NULL PRIMARY KEY,
    secret     TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
