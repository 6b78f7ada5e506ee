using System.Text.Json.Serialization;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>The swagger <c>Conversation</c> object; <c>expires_in</c> is the one snake_case name in Direct Line.</summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    string? StreamUrl);

/// <summary>A page of activities and the watermark to continue from.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);

public sealed record ResourceResponse(string? Id);

public sealed record ErrorResponse(ErrorDetail Error);

public sealed record ErrorDetail(string Code, string Message);

/// <summary>What the widget's token endpoint answers: a token for one new conversation, never a secret.</summary>
public sealed record WebChatTokenResponse(
    string Token,
    string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
