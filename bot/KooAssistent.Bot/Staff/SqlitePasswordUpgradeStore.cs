using Dapper;
using KooAssistent.Bot.Persistence.Sqlite;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// <see cref="IPasswordUpgradeStore"/> on the bot's SQLite file: one guarded update and its audit line
/// (<c>account-password-rehashed:anna</c>, no hash) in one transaction.
/// </summary>
public sealed class SqlitePasswordUpgradeStore(SqliteConnectionFactory connections, TimeProvider clock) : IPasswordUpgradeStore
{
    public const string Actor = "koo";

    public async Task<bool> ReplaceAsync(string username, string currentHash, string upgradedHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        await using var transaction = write.Connection.BeginTransaction(deferred: false);
        var changed = await write.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE staff_accounts SET password_hash = @upgradedHash WHERE username = @username AND password_hash = @currentHash",
            new { username, currentHash, upgradedHash },
            transaction,
            cancellationToken: cancellationToken));
        if (changed == 1)
        {
            await SqliteHandoffStore.InsertAuditAsync(write.Connection, transaction, now, Actor, $"account-password-rehashed:{username}", ticketId: null, conversationId: null, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }
}
