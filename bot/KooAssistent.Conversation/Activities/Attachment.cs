using System.Text.Json;

namespace KooAssistent.Conversation.Activities;

/// <summary>Either inline <see cref="Content"/> or a <see cref="ContentUrl"/>, never both.</summary>
public sealed record Attachment
{
    public required string ContentType { get; init; }

    public string? ContentUrl { get; init; }

    public JsonElement? Content { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }
}
