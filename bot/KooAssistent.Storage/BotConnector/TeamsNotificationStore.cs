using Dapper;
using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Storage.BotConnector;

/// <summary>
/// The outbox of Teams notifications, in SQL that SQLite and PostgreSQL both run. The tickets table is the source: a
/// round takes on every ticket Queued for a team with a Teams channel that has no notification yet, so a ticket
/// committed just before the process died is announced after the restart, and each ticket once. Rows are claimed
/// per ticket as the Bot Connector's conversations are (<see cref="OutboxClaims"/>), so of several instances one sends.
/// </summary>
public sealed class TeamsNotificationStore(IStoreDatabase database, TimeProvider clock)
{
    private const string Table = "teams_notifications";
    private const string Key = "ticket_id";
    private const int Batch = 50;

    /// <summary>
    /// Takes on the tickets waiting for one of <paramref name="teams"/> (as tickets name them) that were never
    /// announced, and claims up to 50 notifications of those teams still to be sent, for <paramref name="claimer"/>
    /// until <paramref name="claimFor"/> has passed.
    /// </summary>
    public async Task<IReadOnlyList<TeamsNotice>> ClaimAsync(IReadOnlyCollection<string> teams, string claimer, TimeSpan claimFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentException.ThrowIfNullOrEmpty(claimer);
        var dialect = database.Dialect;
        var now = clock.GetUtcNow();
        var parameters = new { Teams = teams.ToArray(), Now = now.ToUnixTimeMilliseconds(), claimer, Queued = nameof(TicketStatus.Queued) };
        var unannounced = $"""
            FROM tickets t WHERE t.status = @Queued AND {dialect.IsAnyOf("t.team", "Teams")}
            AND NOT EXISTS (SELECT 1 FROM {Table} n WHERE n.ticket_id = t.id)
            """;
        var claimable = $"n.outcome IS NULL AND {dialect.IsAnyOf("n.team", "Teams")} AND {OutboxClaims.ClaimableBy("n")}";
        if (teams.Count == 0 || !await HasWorkAsync($"SELECT CASE WHEN EXISTS (SELECT 1 {unannounced}) OR EXISTS (SELECT 1 FROM {Table} n WHERE {claimable}) THEN 1 ELSE 0 END", parameters, cancellationToken))
        {
            return [];
        }

        return await database.WriteAsync(
            async (connection, transaction) =>
            {
                // In the tickets' order: two instances inserting the same new rows then wait for each other, never deadlock.
                await connection.ExecuteAsync(new CommandDefinition(
                    $"INSERT INTO {Table} (ticket_id, team, created_at) SELECT t.id, t.team, @Now {unannounced} ORDER BY t.id ON CONFLICT (ticket_id) DO NOTHING",
                    parameters,
                    transaction,
                    cancellationToken: cancellationToken));
                var rows = (await connection.QueryAsync<NoticeRow>(new CommandDefinition(
                    $"""
                    SELECT n.ticket_id AS TicketId, t.team AS Team, t.number AS Number, t.urgency AS Urgency, t.status AS Status
                    FROM {Table} n JOIN tickets t ON t.id = n.ticket_id WHERE {claimable}
                    ORDER BY n.created_at LIMIT {Batch} {dialect.LockSkippingLocked("n")}
                    """,
                    parameters,
                    transaction,
                    cancellationToken: cancellationToken))).ToList();
                await OutboxClaims.MarkAsync(connection, transaction, dialect, Table, Key, [.. rows.Select(row => row.TicketId)], claimer, now + claimFor, cancellationToken);
                return (IReadOnlyList<TeamsNotice>)[.. rows.Select(row => row.Notice)];
            },
            cancellationToken);
    }

    /// <summary>Records how the notification ended; it is never sent again.</summary>
    public async Task FinishAsync(string ticketId, TeamsNoticeOutcome outcome, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE {Table} SET outcome = @Outcome, done_at = @Now, claimed_by = NULL, claimed_until = NULL WHERE ticket_id = @ticketId AND outcome IS NULL",
                new { ticketId, Outcome = outcome.ToString().ToLowerInvariant(), Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <summary>Ends <paramref name="claimer"/>'s claims, so what is still to be sent goes out in the next round, from any instance.</summary>
    public Task ReleaseAsync(IReadOnlyList<string> ticketIds, string claimer, CancellationToken cancellationToken) =>
        OutboxClaims.ReleaseAsync(database, Table, Key, ticketIds, claimer, cancellationToken);

    // Most rounds find nothing; a read costs less than a write that takes the writer's turn for nothing.
    private async Task<bool> HasWorkAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) > 0;
    }

    private sealed record NoticeRow(string TicketId, string Team, string Number, string Urgency, string Status)
    {
        public TeamsNotice Notice => new(TicketId, Team, Number, Enum.Parse<HandoffUrgency>(Urgency), Status == nameof(TicketStatus.Queued));
    }
}
