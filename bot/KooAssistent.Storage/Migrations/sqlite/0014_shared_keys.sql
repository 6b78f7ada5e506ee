-- Keys the bot makes for itself, kept where every instance reads them (as postgres/0014). On SQLite the bot still
-- keeps them as files in the data folder; the tables are here so both providers carry the same schema versions.

-- ASP.NET Core data-protection keys (they protect the staff cookie), one row per XML element exactly as the framework
-- hands it over. Readable by whoever can read the database; see SECURITY.md.
CREATE TABLE data_protection_keys (
    id            TEXT    NOT NULL PRIMARY KEY,
    friendly_name TEXT    NULL,
    xml           TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- A secret made once when none is configured (the Direct Line token signing key), base64. The first instance to
-- insert wins; the others read what won.
CREATE TABLE generated_keys (
    name       TEXT    NOT NULL PRIMARY KEY,
    secret     TEXT    NOT NULL,
    created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
