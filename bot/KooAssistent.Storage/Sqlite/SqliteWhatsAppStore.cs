using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Storage.Sqlite;

/// <summary>The WhatsApp outbox cursor, delivery statuses and dead letters in the SQLite file.</summary>
public sealed class SqliteWhatsAppStore(SqliteConnectionFactory connections, TimeProvider clock)
    : WhatsAppStore(new SqliteDatabase(connections), clock);
