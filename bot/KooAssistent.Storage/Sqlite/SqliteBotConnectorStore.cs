using KooAssistent.Storage.BotConnector;

namespace KooAssistent.Storage.Sqlite;

/// <summary>Reply routing and the outbox cursor of the Bot Connector channel in the SQLite file.</summary>
public sealed class SqliteBotConnectorStore(SqliteConnectionFactory connections, TimeProvider clock)
    : BotConnectorStore(new SqliteDatabase(connections), clock);
