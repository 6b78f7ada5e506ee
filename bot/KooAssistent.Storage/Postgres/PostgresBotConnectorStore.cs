using KooAssistent.Storage.BotConnector;

namespace KooAssistent.Storage.Postgres;

/// <summary>Reply routing and the outbox cursor of the Bot Connector channel in PostgreSQL.</summary>
public sealed class PostgresBotConnectorStore(PostgresDatabase database) : BotConnectorStore(database);
