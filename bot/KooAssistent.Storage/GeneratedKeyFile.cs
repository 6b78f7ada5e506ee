using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Storage;

/// <summary>
/// A secret the bot makes for itself when none is configured: 64 random bytes, written once into the data folder
/// readable by its owner only, and read back at every start, so what it signs or keys stays valid across restarts of
/// a single instance. Several instances must share it through configuration instead.
/// </summary>
public static partial class GeneratedKeyFile
{
    public static byte[] LoadOrCreate(string path, string setting, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Load(path) is { } existing)
        {
            return existing;
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
        LogGenerated(logger, path, setting);
        return key;
    }

    /// <summary>The key written at <paramref name="path"/>, or null when none was made there; for <c>koo</c>, which never makes one.</summary>
    public static byte[]? Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.Exists(path) ? Convert.FromBase64String(File.ReadAllText(path).Trim()) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generated a key in {Path}; set {Setting} when running more than one instance")]
    private static partial void LogGenerated(ILogger logger, string path, string setting);
}
