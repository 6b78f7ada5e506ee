namespace KooAssistent.Bot.Persistence;

public enum PersistenceProvider
{
    Sqlite,
    Postgres,
}
