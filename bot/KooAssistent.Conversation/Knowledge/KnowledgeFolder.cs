namespace KooAssistent.Conversation.Knowledge;

/// <summary>
/// The curated content folder (<c>knowledge/</c>): Markdown and YAML that content editors change without touching code.
/// </summary>
public sealed class KnowledgeFolder
{
    public KnowledgeFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        if (!Directory.Exists(Root))
        {
            throw new KnowledgeException($"The knowledge folder '{Root}' does not exist.");
        }
    }

    public string Root { get; }

    public string ReadText(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path))
        {
            throw new KnowledgeException($"The knowledge file '{relativePath}' is missing in '{Root}'.");
        }

        return File.ReadAllText(path);
    }

    /// <summary>
    /// Finds <c>knowledge/</c> beside the running program (where the build copies it) or in a parent folder
    /// (a source checkout), so that both <c>dotnet run</c> and a published build work without configuration.
    /// </summary>
    public static KnowledgeFolder Locate(string? configuredPath, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return new KnowledgeFolder(Path.GetFullPath(configuredPath, startDirectory));
        }

        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge");
            if (File.Exists(Path.Combine(candidate, OrganisationDirectory.FileName)))
            {
                return new KnowledgeFolder(candidate);
            }
        }

        throw new KnowledgeException(
            $"No knowledge folder found in or above '{startDirectory}'. Set Knowledge:Path to the folder that holds {OrganisationDirectory.FileName}.");
    }
}
