using System.CommandLine;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Cli;

/// <summary>The <c>--knowledge</c> option every command shares, and how its default is found.</summary>
internal static class KnowledgeOption
{
    public static Option<DirectoryInfo?> Create() => new("--knowledge")
    {
        Description = "The knowledge folder; by default the nearest knowledge/ at or above the current folder, else the copy beside koo.",
    };

    /// <summary>A source checkout's own folder first, so editors see their changes; else the copy built beside koo.</summary>
    public static KnowledgeFolder Locate(DirectoryInfo? configured)
    {
        if (configured is not null)
        {
            return new KnowledgeFolder(configured.FullName);
        }

        try
        {
            return KnowledgeFolder.Locate(null, Environment.CurrentDirectory);
        }
        catch (KnowledgeException)
        {
            return KnowledgeFolder.Locate(null, AppContext.BaseDirectory);
        }
    }
}
