using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Storage.Postgres;

/// <summary>The WhatsApp outbox cursor, delivery statuses and dead letters in PostgreSQL, claimed per conversation by one instance at a time.</summary>
public sealed class PostgresWhatsAppStore(PostgresDatabase database, TimeProvider clock) : WhatsAppStore(database, clock);
