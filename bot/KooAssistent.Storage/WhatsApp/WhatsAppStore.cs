using Dapper;

namespace KooAssistent.Storage.WhatsApp;

/// <summary>
/// The WhatsApp outbox cursor and its claims, delivery statuses and dead letters. The same SQL on every provider;
/// only a claim's lock and the schema queries of <see cref="RenameConversationAsync"/> are spelt per dialect.
/// </summary>
public abstract class WhatsAppStore(IStoreDatabase database, TimeProvider clock)
{
    private const int ClaimedAtOnce = 200;

    /// <summary>
    /// Up to 200 WhatsApp conversations with activities past their cursor, claimed for <paramref name="claimer"/> until
    /// <paramref name="claimFor"/> has passed, so no other outbox (another bot instance) hands the same messages to Meta
    /// meanwhile. A claim ends with <see cref="ReleaseAsync"/>, or by itself when the claimer died: then another
    /// outbox takes the conversation from where its cursor stood, and nothing acknowledged is lost.
    /// </summary>
    public async Task<IReadOnlyList<WhatsAppDelivery>> ClaimPendingDeliveriesAsync(string claimer, TimeSpan claimFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimer);
        var now = clock.GetUtcNow();
        return await database.WriteAsync(
            async (connection, transaction) =>
            {
                // A conversation gets its cursor row at its first claim; the claim lives on that row.
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO whatsapp_delivery (conversation_id, delivered_sequence)
                    SELECT c.id, 0 FROM conversations c
                    WHERE c.channel = @Channel AND c.last_sequence > 0
                      AND NOT EXISTS (SELECT 1 FROM whatsapp_delivery d WHERE d.conversation_id = c.id)
                    ON CONFLICT (conversation_id) DO NOTHING
                    """,
                    new { WhatsAppConversations.Channel },
                    transaction,
                    cancellationToken: cancellationToken));
                var rows = (await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
                    $"""
                    SELECT c.id AS ConversationId, c.user_id AS WaId, d.delivered_sequence AS DeliveredSequence, c.last_sequence AS LastSequence
                    FROM whatsapp_delivery d JOIN conversations c ON c.id = d.conversation_id
                    WHERE c.channel = @Channel AND c.last_sequence > d.delivered_sequence
                      AND {OutboxClaims.ClaimableBy("d")}
                    ORDER BY c.updated_at
                    LIMIT {ClaimedAtOnce}
                    {database.Dialect.LockSkippingLocked("d")}
                    """,
                    new { WhatsAppConversations.Channel, Now = now.ToUnixTimeMilliseconds(), claimer },
                    transaction,
                    cancellationToken: cancellationToken))).ToList();
                await OutboxClaims.MarkAsync(connection, transaction, database.Dialect, "whatsapp_delivery", [.. rows.Select(row => row.ConversationId)], claimer, now + claimFor, cancellationToken);
                return (IReadOnlyList<WhatsAppDelivery>)[.. rows.Select(row => new WhatsAppDelivery(row.ConversationId, row.WaId, row.DeliveredSequence, row.LastSequence))];
            },
            cancellationToken);
    }

    /// <summary>Ends <paramref name="claimer"/>'s claims on the conversations, so whatever is still pending goes out in the next round.</summary>
    public Task ReleaseAsync(IReadOnlyList<string> conversationIds, string claimer, CancellationToken cancellationToken) =>
        OutboxClaims.ReleaseAsync(database, "whatsapp_delivery", conversationIds, claimer, cancellationToken);

    /// <summary>Moves the cursor to <paramref name="sequence"/>; a cursor never goes back.</summary>
    public async Task MarkDeliveredAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO whatsapp_delivery (conversation_id, delivered_sequence) VALUES (@conversationId, @sequence)
                ON CONFLICT (conversation_id) DO UPDATE SET delivered_sequence = excluded.delivered_sequence
                WHERE excluded.delivered_sequence > whatsapp_delivery.delivered_sequence
                """,
                new { conversationId, sequence },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public async Task DeadLetterAsync(string conversationId, long sequence, string error, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO whatsapp_dead_letters (conversation_id, sequence, error, at) VALUES (@conversationId, @sequence, @error, @now)",
                new { conversationId, sequence, error, now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public async Task<int> CountDeadLettersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM whatsapp_dead_letters", cancellationToken: cancellationToken));
    }

    public async Task RecordStatusAsync(WhatsAppStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        await database.WriteAsync(
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
        await using var connection = await database.OpenAsync(cancellationToken);
        var at = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(created_at) FROM activities WHERE conversation_id = @conversationId AND role = 'user' AND type = 'message'",
            new { conversationId },
            cancellationToken: cancellationToken));
        return at is { } milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
    }

    public async Task<int> PurgeStatusesBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        return await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM whatsapp_statuses WHERE at < @Cutoff", new { Cutoff = cutoff.ToUnixTimeMilliseconds() }, transaction, cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <summary>Every WhatsApp conversation's id and the resident's wa_id.</summary>
    public async Task<IReadOnlyList<(string Id, string WaId)>> ListConversationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, string)>(new CommandDefinition(
            "SELECT id, user_id FROM conversations WHERE channel = @Channel",
            new { WhatsAppConversations.Channel },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>
    /// Gives a conversation a new id in one transaction: a copy of the conversation under the new id, then every table
    /// with a <c>conversation_id</c> pointed at it and the ids inside the stored activities rewritten, then the old row
    /// deleted, which by then nothing refers to. Tables and columns are read from the schema, so one added later is not
    /// missed; copying instead of updating the key keeps every foreign key valid at every step on both providers.
    /// </summary>
    public async Task RenameConversationAsync(string oldId, string newId, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                var ids = new { oldId, newId };
                var columns = (await connection.QueryAsync<string>(new CommandDefinition(
                    database.Dialect.ColumnsOfTable, new { table = "conversations" }, transaction, cancellationToken: cancellationToken))).ToList();
                var copied = string.Join(", ", columns.Select(column => column == "id" ? "@newId" : $"\"{column}\""));
                var copies = await connection.ExecuteAsync(new CommandDefinition(
                    $"INSERT INTO conversations ({string.Join(", ", columns.Select(column => $"\"{column}\""))}) SELECT {copied} FROM conversations WHERE id = @oldId",
                    ids,
                    transaction,
                    cancellationToken: cancellationToken));
                if (copies == 0)
                {
                    return 0;
                }

                var tables = await connection.QueryAsync<string>(new CommandDefinition(
                    database.Dialect.TablesWithColumn, new { column = "conversation_id" }, transaction, cancellationToken: cancellationToken));
                foreach (var table in tables)
                {
                    await connection.ExecuteAsync(new CommandDefinition($"UPDATE \"{table}\" SET conversation_id = @newId WHERE conversation_id = @oldId", ids, transaction, cancellationToken: cancellationToken));
                }

                // An activity's JSON names its conversation, its own id ({conversation}|{sequence}) and what it replies to.
                // The old id is 22 random-looking characters; it appears nowhere else in the text.
                await connection.ExecuteAsync(new CommandDefinition("UPDATE activities SET body = replace(body, @oldId, @newId) WHERE conversation_id = @newId", ids, transaction, cancellationToken: cancellationToken));
                return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM conversations WHERE id = @oldId", ids, transaction, cancellationToken: cancellationToken));
            },
            cancellationToken);
    }

    private sealed record DeliveryRow(string ConversationId, string WaId, long DeliveredSequence, long LastSequence);
}
