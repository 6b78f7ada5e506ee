using System.Text.Json;

namespace KooAssistent.Conversation.Activities;

public sealed record CardAction
{
    public required string Type { get; init; }

    public required string Title { get; init; }

    public JsonElement? Value { get; init; }

    public string? Text { get; init; }

    public string? DisplayText { get; init; }

    public string? Image { get; init; }

    public string? ImageAltText { get; init; }

    /// <summary>A button that sends its title back as the resident's own message.</summary>
    public static CardAction ImBack(string title) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(title, ActivityJsonContext.Default.String),
    };

    public static CardAction OpenUrl(string title, Uri url) => new()
    {
        Type = ActionTypes.OpenUrl,
        Title = title,
        Value = JsonSerializer.SerializeToElement(url.AbsoluteUri, ActivityJsonContext.Default.String),
    };
}
