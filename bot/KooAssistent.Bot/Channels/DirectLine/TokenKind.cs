namespace KooAssistent.Bot.Channels.DirectLine;

public enum TokenKind
{
    /// <summary>The Bearer token for the REST endpoints, refreshable.</summary>
    Conversation,

    /// <summary>The short-lived ticket inside a <c>streamUrl</c>; only opens the WebSocket.</summary>
    Stream,
}
