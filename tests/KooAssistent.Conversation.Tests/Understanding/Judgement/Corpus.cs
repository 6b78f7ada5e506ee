namespace KooAssistent.Conversation.Tests.Understanding.Judgement;

/// <summary>The training corpus in the repository, found from the test's own folder.</summary>
internal static class Corpus
{
    public static string Folder { get; } = Locate();

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KooAssistent.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "bot", "KooAssistent.Conversation", "Understanding", "Judgement", "Corpus");
    }
}
