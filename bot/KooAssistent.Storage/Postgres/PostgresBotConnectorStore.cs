using KooAssistent.Storage.BotConnector;

namespace KooAssistent.Storage.Postgres;

/// <summary>Reply routing and the outbox cursor of the Bot Connector channel in PostgreSQL, claimed per conversation by one instance at a time.</summary>
public sealed class PostgresBotConnectorStore(PostgresDatabase database, TimeProvider clock) : BotConnectorStore(database, clock);
