using Dapper;

namespace KooAssistent.Storage.BotConnector;

/// <summary>
/// Reply routing, the outbox cursor and its claims (<see cref="OutboxClaims"/>) of the Bot Connector channel, in SQL
/// that SQLite and PostgreSQL both run.
/// </summary>
public abstract class BotConnectorStore(IStoreDatabase database, TimeProvider clock)
{
    private const string Pending =
        """
        SELECT b.conversation_id AS ConversationId, b.channel_id AS ChannelId, b.service_url AS ServiceUrl,
               b.connector_conversation_id AS ConnectorConversationId, b.bot_id AS BotId, b.bot_name AS BotName,
               b.user_id AS UserId, b.delivered_sequence AS DeliveredSequence, c.last_sequence AS LastSequence
        FROM botconnector_conversations b JOIN conversations c ON c.id = b.conversation_id
        WHERE c.last_sequence > b.delivered_sequence
        """;

    /// <summary>
    /// Records where the conversation's replies go; a later activity with a validated token moves it (a channel may
    /// change its <c>serviceUrl</c>), and the cursor stays where it was.
    /// </summary>
    public async Task SaveReferenceAsync(ConnectorReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO botconnector_conversations (conversation_id, channel_id, service_url, connector_conversation_id, bot_id, bot_name, user_id)
                VALUES (@ConversationId, @ChannelId, @ServiceUrl, @ConnectorConversationId, @BotId, @BotName, @UserId)
                ON CONFLICT (conversation_id) DO UPDATE SET
                    service_url = excluded.service_url, bot_id = excluded.bot_id, bot_name = excluded.bot_name
                """,
                reference,
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <summary>Conversations with activities past their cursor, claimed or not: what is still to be sent.</summary>
    public async Task<IReadOnlyList<ConnectorDelivery>> GetPendingDeliveriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(Pending, cancellationToken: cancellationToken));
        return [.. rows.Select(Delivery)];
    }

    /// <summary>
    /// Up to 200 conversations with activities past their cursor, claimed for <paramref name="claimer"/> until
    /// <paramref name="claimFor"/> has passed, so no other outbox (another bot instance) sends them meanwhile.
    /// </summary>
    public async Task<IReadOnlyList<ConnectorDelivery>> ClaimPendingDeliveriesAsync(string claimer, TimeSpan claimFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimer);
        var now = clock.GetUtcNow();
        return await database.WriteAsync(
            async (connection, transaction) =>
            {
                var rows = (await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
                    $"{Pending} AND {OutboxClaims.ClaimableBy("b")} ORDER BY c.updated_at LIMIT 200 {database.Dialect.LockSkippingLocked("b")}",
                    new { Now = now.ToUnixTimeMilliseconds(), claimer },
                    transaction,
                    cancellationToken: cancellationToken))).ToList();
                await OutboxClaims.MarkAsync(connection, transaction, database.Dialect, "botconnector_conversations", [.. rows.Select(row => row.ConversationId)], claimer, now + claimFor, cancellationToken);
                return (IReadOnlyList<ConnectorDelivery>)[.. rows.Select(Delivery)];
            },
            cancellationToken);
    }

    /// <summary>Ends <paramref name="claimer"/>'s claims on the conversations, so whatever is still pending goes out in the next round.</summary>
    public Task ReleaseAsync(IReadOnlyList<string> conversationIds, string claimer, CancellationToken cancellationToken) =>
        OutboxClaims.ReleaseAsync(database, "botconnector_conversations", conversationIds, claimer, cancellationToken);

    public async Task<ConnectorReference?> GetReferenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(
            """
            SELECT conversation_id AS ConversationId, channel_id AS ChannelId, service_url AS ServiceUrl,
                   connector_conversation_id AS ConnectorConversationId, bot_id AS BotId, bot_name AS BotName,
                   user_id AS UserId, delivered_sequence AS DeliveredSequence, CAST(0 AS BIGINT) AS LastSequence
            FROM botconnector_conversations WHERE conversation_id = @conversationId
            """,
            new { conversationId },
            cancellationToken: cancellationToken));
        return row is null ? null : Delivery(row).Reference;
    }

    public async Task MarkDeliveredAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE botconnector_conversations SET delivered_sequence = @sequence WHERE conversation_id = @conversationId AND delivered_sequence < @sequence",
                new { conversationId, sequence },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    private static ConnectorDelivery Delivery(DeliveryRow row) => new(
        new ConnectorReference(row.ConversationId, row.ChannelId, row.ServiceUrl, row.ConnectorConversationId, row.BotId, row.BotName, row.UserId),
        row.DeliveredSequence,
        row.LastSequence);

    private sealed record DeliveryRow(
        string ConversationId, string ChannelId, string ServiceUrl, string ConnectorConversationId, string BotId, string? BotName, string UserId, long DeliveredSequence, long LastSequence);
}
