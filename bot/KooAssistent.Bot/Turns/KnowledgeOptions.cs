namespace KooAssistent.Bot.Turns;

public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The <c>knowledge/</c> folder; empty means the copy beside the program or the nearest one above it.</summary>
    public string? Path { get; set; }
}
