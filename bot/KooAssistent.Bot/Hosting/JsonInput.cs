using System.Text.Json;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// One nesting limit for every JSON body the bot takes in. System.Text.Json reads and writes at most 64 levels; input
/// is held to half that, so whatever was accepted can always be written back inside the envelopes around it (an
/// ActivitySet adds two levels) and a client can never store a conversation the bot then fails to read out.
/// </summary>
public static class JsonInput
{
    public const int MaxDepth = 32;

    public static JsonDocumentOptions DocumentOptions { get; } = new() { MaxDepth = MaxDepth };

    /// <summary>A copy of <paramref name="options"/> (from a source-generated context) that refuses deeper input.</summary>
    public static JsonSerializerOptions Limited(JsonSerializerOptions options) => new(options) { MaxDepth = MaxDepth };
}
