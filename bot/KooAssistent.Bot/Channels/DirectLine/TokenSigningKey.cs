using System.Security.Cryptography;
using System.Text;
using KooAssistent.Bot.Persistence;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// The HMAC key for conversation tokens: the configured secret, or else a random key created once in the data
/// folder (owner-only permissions) so tokens keep working across restarts of a single instance.
/// </summary>
public sealed partial class TokenSigningKey
{
    public const string FileName = "directline-signing.key";

    public TokenSigningKey(IOptions<DirectLineOptions> options, DataDirectory data, ILogger<TokenSigningKey> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        var configured = options.Value.TokenSigningKey;
        Bytes = string.IsNullOrEmpty(configured)
            ? LoadOrCreate(data.File(FileName), logger)
            : Encoding.UTF8.GetBytes(configured);
    }

    public byte[] Bytes { get; }

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(64);
        var temporary = path + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, Encoding.ASCII, fileOptions))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        File.Move(temporary, path, overwrite: false);
        LogGenerated(logger, path);
        return key;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generated a token signing key in {Path}; set DirectLine:TokenSigningKey when running more than one instance")]
    private static partial void LogGenerated(ILogger logger, string path);
}
