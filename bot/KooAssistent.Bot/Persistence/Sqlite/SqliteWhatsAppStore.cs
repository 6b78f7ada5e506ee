using Dapper;
using KooAssistent.Bot.Channels.WhatsApp;

namespace KooAssistent.Bot.Persistence.Sqlite;

/// <summary>The WhatsApp outbox cursor, delivery statuses and dead letters in SQLite.</summary>
public sealed class SqliteWhatsAppStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    public async Task<IReadOnlyList<WhatsAppDelivery>> GetPendingDeliveriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // The cursor is selected as the bare column, not COALESCE(...): an expression has no declared type, so on an
        // empty result Microsoft.Data.Sqlite reports it as a blob and Dapper refuses to map the row type.
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            """
            SELECT c.id AS ConversationId, c.user_id AS WaId, d.delivered_sequence AS DeliveredSequence, c.last_sequence AS LastSequence
            FROM conversations c LEFT JOIN whatsapp_delivery d ON d.conversation_id = c.id
            WHERE c.channel = @Channel AND c.last_sequence > COALESCE(d.delivered_sequence, 0)
            ORDER BY c.updated_at
            LIMIT 200
            """,
            new { WhatsAppConversations.Channel },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new WhatsAppDelivery(row.ConversationId, row.WaId, row.DeliveredSequence ?? 0, row.LastSequence))];
    }

    public async Task MarkDeliveredAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO whatsapp_delivery (conversation_id, delivered_sequence) VALUES (@conversationId, @sequence)
            ON CONFLICT (conversation_id) DO UPDATE SET delivered_sequence = MAX(delivered_sequence, excluded.delivered_sequence)
            """,
            new { conversationId, sequence },
            cancellationToken: cancellationToken));
    }

    public async Task DeadLetterAsync(string conversationId, long sequence, string error, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO whatsapp_dead_letters (conversation_id, sequence, error, at) VALUES (@conversationId, @sequence, @error, @now)",
            new { conversationId, sequence, error, now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    public async Task<int> CountDeadLettersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM whatsapp_dead_letters", cancellationToken: cancellationToken));
    }

    public async Task RecordStatusAsync(WhatsAppStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO whatsapp_statuses (message_id, status, at, error_code) VALUES (@MessageId, @Status, @At, @ErrorCode) ON CONFLICT DO NOTHING",
            new { status.MessageId, status.Status, At = status.Timestamp.ToUnixTimeMilliseconds(), status.ErrorCode },
            cancellationToken: cancellationToken));
    }

    /// <summary>When the resident last wrote, for the 24-hour customer-service window; null if never.</summary>
    public async Task<DateTimeOffset?> LastResidentMessageAtAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var at = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(created_at) FROM activities WHERE conversation_id = @conversationId AND role = 'user' AND type = 'message'",
            new { conversationId },
            cancellationToken: cancellationToken));
        return at is { } milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
    }

    public async Task<int> PurgeStatusesBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        return await write.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM whatsapp_statuses WHERE at < @Cutoff", new { Cutoff = cutoff.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    private sealed record DeliveryRow(string ConversationId, string WaId, long? DeliveredSequence, long LastSequence);
}
