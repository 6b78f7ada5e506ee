using System.Text;
using KooAssistent.Storage;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// The HMAC key for conversation tokens: the configured secret, or else a random key created once in the data
/// folder (owner-only permissions) so tokens keep working across restarts of a single instance.
/// </summary>
public sealed class TokenSigningKey
{
    public const string FileName = "directline-signing.key";

    public TokenSigningKey(IOptions<DirectLineOptions> options, DataDirectory data, ILogger<TokenSigningKey> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        var configured = options.Value.TokenSigningKey;
        Bytes = string.IsNullOrEmpty(configured)
            ? GeneratedKeyFile.LoadOrCreate(data.File(FileName), $"{DirectLineOptions.SectionName}:TokenSigningKey", logger)
            : Encoding.UTF8.GetBytes(configured);
    }

    public byte[] Bytes { get; }
}
