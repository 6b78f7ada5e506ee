namespace KooAssistent.Storage;

/// <summary>The folder where the bot keeps its own files (SQLite database, generated signing key), created on first use.</summary>
public sealed class DataDirectory
{
    public DataDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
