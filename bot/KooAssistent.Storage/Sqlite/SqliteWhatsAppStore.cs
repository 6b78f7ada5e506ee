using Dapper;
using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Storage.Sqlite;

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
        await connections.GroupCommit.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO whatsapp_delivery (conversation_id, delivered_sequence) VALUES (@conversationId, @sequence)
                ON CONFLICT (conversation_id) DO UPDATE SET delivered_sequence = MAX(delivered_sequence, excluded.delivered_sequence)
                """,
                new { conversationId, sequence },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
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
        await connections.GroupCommit.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO whatsapp_statuses (message_id, status, at, error_code) VALUES (@MessageId, @Status, @At, @ErrorCode) ON CONFLICT DO NOTHING",
                new { status.MessageId, status.Status, At = status.Timestamp.ToUnixTimeMilliseconds(), status.ErrorCode },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
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

    /// <summary>Every WhatsApp conversation's id and the resident's wa_id.</summary>
    public async Task<IReadOnlyList<(string Id, string WaId)>> ListConversationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, string)>(new CommandDefinition(
            "SELECT id, user_id FROM conversations WHERE channel = @Channel",
            new { WhatsAppConversations.Channel },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>
    /// Gives a conversation a new id in one transaction: every table with a <c>conversation_id</c> (found in the schema,
    /// so one added later is not missed), the ids inside the stored activities, and the conversation itself. Foreign
    /// keys are checked at commit, when everything points at the new id again.
    /// </summary>
    public async Task RenameConversationAsync(string oldId, string newId, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        var connection = write.Connection;
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA defer_foreign_keys = ON", transaction: transaction, cancellationToken: cancellationToken));
        var tables = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
            WHERE m.type = 'table' AND c.name = 'conversation_id'
            """,
            transaction: transaction,
            cancellationToken: cancellationToken));
        var ids = new { oldId, newId };
        foreach (var table in tables)
        {
            await connection.ExecuteAsync(new CommandDefinition($"UPDATE \"{table}\" SET conversation_id = @newId WHERE conversation_id = @oldId", ids, transaction, cancellationToken: cancellationToken));
        }

        // An activity's JSON names its conversation, its own id ({conversation}|{sequence}) and what it replies to.
        // The old id is 22 random-looking characters; it appears nowhere else in the text.
        await connection.ExecuteAsync(new CommandDefinition("UPDATE activities SET body = replace(body, @oldId, @newId) WHERE conversation_id = @newId", ids, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("UPDATE conversations SET id = @newId WHERE id = @oldId", ids, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed record DeliveryRow(string ConversationId, string WaId, long? DeliveredSequence, long LastSequence);
}
