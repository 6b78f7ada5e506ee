using System.Security.Cryptography;
using Dapper;

namespace KooAssistent.Storage.Keys;

/// <summary>
/// Keys the bot makes for itself, kept in the database so every instance on it uses the same ones and a restart keeps
/// them: data-protection key elements (XML as the framework gives them) and secrets generated once. The same SQL on
/// every provider.
/// </summary>
public sealed class KeyStore(IStoreDatabase database, TimeProvider clock)
{
    /// <summary>Every data-protection key element stored so far, oldest first.</summary>
    public async Task<IReadOnlyList<string>> DataProtectionElementsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT xml FROM data_protection_keys ORDER BY created_at, id", cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>Adds a data-protection key element; elements are only ever added, as in the framework's own repositories.</summary>
    public async Task AddDataProtectionElementAsync(string? friendlyName, string xml, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(xml);
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO data_protection_keys (id, friendly_name, xml, created_at) VALUES (@id, @friendlyName, @xml, @at)",
                new { id = Guid.NewGuid().ToString("N"), friendlyName, xml, at = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <summary>
    /// The secret called <paramref name="name"/> if an instance made it, else null: for <c>koo</c>, which reads the bot's
    /// keys but must never make one (a key it made would name nothing the bot stored).
    /// </summary>
    public async Task<byte[]?> StoredKeyAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await using var connection = await database.OpenAsync(cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT secret FROM generated_keys WHERE name = @name", new { name }, cancellationToken: cancellationToken));
        return stored is null ? null : Convert.FromBase64String(stored);
    }

    /// <summary>
    /// The secret called <paramref name="name"/>: 64 random bytes made by whichever instance asks first. Each offers
    /// its own and keeps it only if no other was there; then all read the one that won, so instances starting at the
    /// same moment agree.
    /// </summary>
    public async Task<GeneratedKey> GeneratedKeyAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var offered = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        var stored = await database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO generated_keys (name, secret, created_at) VALUES (@name, @offered, @at) ON CONFLICT (name) DO NOTHING",
                    new { name, offered, at = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                    transaction,
                    cancellationToken: cancellationToken));
                return await connection.QuerySingleAsync<string>(new CommandDefinition(
                    "SELECT secret FROM generated_keys WHERE name = @name", new { name }, transaction, cancellationToken: cancellationToken));
            },
            cancellationToken);
        return new GeneratedKey(Convert.FromBase64String(stored), Created: string.Equals(stored, offered, StringComparison.Ordinal));
    }
}
