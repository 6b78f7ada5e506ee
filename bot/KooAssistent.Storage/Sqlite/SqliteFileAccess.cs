namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// The database file, its write-ahead log and its shared-memory index hold what residents wrote: readable by the
/// bot's own user only (0600), like the token signing key. SQLite creates the log and the index with the mode of
/// the database file, so creating that file owner-only first is enough for new files; files an earlier build left
/// readable for others are tightened at start.
/// </summary>
public static class SqliteFileAccess
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void RestrictToOwner(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        if (OperatingSystem.IsWindows() || databasePath.Length == 0 || databasePath == ":memory:" || databasePath.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var path = Path.GetFullPath(databasePath);
        if (!File.Exists(path))
        {
            // An empty file is an empty SQLite database; made here, it is never readable by others, not even briefly.
            using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file) && File.GetUnixFileMode(file) != OwnerOnly)
            {
                File.SetUnixFileMode(file, OwnerOnly);
            }
        }
    }
}
