namespace KooAssistent.Storage;

public enum PersistenceProvider
{
    Sqlite,
    Postgres,
}
