using System.Text;
using KooAssistent.Storage;
using KooAssistent.Storage.Keys;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// The HMAC key for conversation tokens: the configured secret; or else a random key made once, kept in the data
/// folder (owner-only permissions) so tokens keep working across restarts of a single instance, or with
/// <see cref="Shared"/> in the database, so every instance on it signs and checks the same tokens.
/// </summary>
public sealed partial class TokenSigningKey
{
    public const string FileName = "directline-signing.key";

    /// <summary>The key's name among the database's generated keys.</summary>
    public const string StoredName = "directline-token-signing";

    public TokenSigningKey(IOptions<DirectLineOptions> options, DataDirectory data, ILogger<TokenSigningKey> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        Bytes = Configured(options)
            ?? GeneratedKeyFile.LoadOrCreate(data.File(FileName), $"{DirectLineOptions.SectionName}:TokenSigningKey", logger);
    }

    private TokenSigningKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    /// <summary>The configured secret, or else the one generated in the database by whichever instance asked first.</summary>
    public static async Task<TokenSigningKey> SharedAsync(IOptions<DirectLineOptions> options, KeyStore keys, ILogger<TokenSigningKey> logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        if (Configured(options) is { } configured)
        {
            return new TokenSigningKey(configured);
        }

        var stored = await keys.GeneratedKeyAsync(StoredName, cancellationToken);
        if (stored.Created)
        {
            LogGeneratedInDatabase(logger);
        }

        return new TokenSigningKey(stored.Bytes);
    }

    private static byte[]? Configured(IOptions<DirectLineOptions> options) =>
        string.IsNullOrEmpty(options.Value.TokenSigningKey) ? null : Encoding.UTF8.GetBytes(options.Value.TokenSigningKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated the Direct Line token signing key in the database; every instance on it uses this one")]
    private static partial void LogGeneratedInDatabase(ILogger logger);
}
