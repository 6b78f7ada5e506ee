using System.Data.Common;
using Dapper;

namespace KooAssistent.Storage;

/// <summary>
/// The claim an outbox (one bot instance) holds on a conversation's delivery row while it sends: <c>claimed_by</c> and
/// <c>claimed_until</c> on the channel's cursor table. Rows are chosen with <see cref="SqlDialect.LockSkippingLocked"/>
/// in the claiming transaction, so two outboxes never claim the same conversation; a claim whose holder died ends at
/// <c>claimed_until</c>, and the next claimer goes on from the cursor. A claimer takes its own claims back at once, so
/// an instance restarted under the same name (its host and data folder) goes on without waiting for them to end.
/// </summary>
internal static class OutboxClaims
{
    /// <summary>The condition a row of <paramref name="alias"/> meets when nobody but <c>@claimer</c> holds it at <c>@Now</c>.</summary>
    public static string ClaimableBy(string alias) => $"({alias}.claimed_until IS NULL OR {alias}.claimed_until <= @Now OR {alias}.claimed_by = @claimer)";

    public static Task MarkAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, string table, IReadOnlyList<string> conversationIds, string claimer, DateTimeOffset until, CancellationToken cancellationToken) =>
        MarkAsync(connection, transaction, dialect, table, "conversation_id", conversationIds, claimer, until, cancellationToken);

    /// <param name="keyColumn">The rows' key: the conversation for a channel's cursor, the ticket for a Teams notification.</param>
    public static async Task MarkAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, string table, string keyColumn, IReadOnlyList<string> keys, string claimer, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {table} SET claimed_by = @claimer, claimed_until = @Until WHERE {dialect.IsAnyOf(keyColumn, "Ids")}",
            new { claimer, Until = until.ToUnixTimeMilliseconds(), Ids = keys.ToArray() },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>Ends <paramref name="claimer"/>'s claims on the conversations, so whatever is still pending goes out in the next round.</summary>
    public static Task ReleaseAsync(IStoreDatabase database, string table, IReadOnlyList<string> conversationIds, string claimer, CancellationToken cancellationToken) =>
        ReleaseAsync(database, table, "conversation_id", conversationIds, claimer, cancellationToken);

    /// <summary>Ends <paramref name="claimer"/>'s claims on the rows whose <paramref name="keyColumn"/> is one of <paramref name="keys"/>.</summary>
    public static async Task ReleaseAsync(IStoreDatabase database, string table, string keyColumn, IReadOnlyList<string> keys, string claimer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE {table} SET claimed_by = NULL, claimed_until = NULL WHERE {database.Dialect.IsAnyOf(keyColumn, "Ids")} AND claimed_by = @claimer",
                new { Ids = keys.ToArray(), claimer },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }
}
