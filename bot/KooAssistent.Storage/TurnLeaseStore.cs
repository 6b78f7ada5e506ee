using Dapper;

namespace KooAssistent.Storage;

/// <summary>
/// Leases on conversations for running their turns, so instances sharing one database take a conversation's turns
/// one instance at a time: a lease is held by one holder (an instance's name) until it expires, renewed while the
/// turns run and released when they are done. A lease whose holder died ends by itself at its expiry, and then
/// another instance takes the conversation's pending turns over. A holder takes its own lease back at once, so an
/// instance restarted under the same name goes on without waiting for it to end. The same SQL on every provider.
/// </summary>
/// <remarks>
/// A lease keeps a conversation's turns from running on two instances at once; it is not what keeps a reply from
/// being stored twice. That is the turn's own completion, which stores replies only for a turn still pending, under
/// the conversation's lock, so even an instance that stalled past its lease's end cannot answer a turn again.
/// </remarks>
public sealed class TurnLeaseStore(IStoreDatabase database, TimeProvider clock)
{
    /// <summary>
    /// Takes the conversation's lease for <paramref name="holder"/> until <paramref name="leaseFor"/> from now, when
    /// nobody else holds it or their lease has run out; false when another holds it or there is no such conversation.
    /// One statement, so two instances claiming at once never both win.
    /// </summary>
    public async Task<bool> TryClaimAsync(string conversationId, string holder, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var now = clock.GetUtcNow();
        var claimed = await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO turn_leases (conversation_id, holder, expires_at)
                SELECT id, @holder, @Until FROM conversations WHERE id = @conversationId
                ON CONFLICT (conversation_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE turn_leases.holder = excluded.holder OR turn_leases.expires_at <= @Now
                """,
                new { conversationId, holder, Now = now.ToUnixTimeMilliseconds(), Until = (now + leaseFor).ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
        return claimed > 0;
    }

    /// <summary>
    /// Moves the end of <paramref name="holder"/>'s lease to <paramref name="leaseFor"/> from now; false when the lease
    /// is no longer theirs (it ran out and another instance took it, or it was released meanwhile).
    /// </summary>
    public async Task<bool> RenewAsync(string conversationId, string holder, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var renewed = await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE turn_leases SET expires_at = @Until WHERE conversation_id = @conversationId AND holder = @holder",
                new { conversationId, holder, Until = (clock.GetUtcNow() + leaseFor).ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
        return renewed > 0;
    }

    /// <summary>Ends <paramref name="holder"/>'s lease on the conversation; a lease another instance holds stays.</summary>
    public async Task ReleaseAsync(string conversationId, string holder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM turn_leases WHERE conversation_id = @conversationId AND holder = @holder",
                new { conversationId, holder },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }
}
