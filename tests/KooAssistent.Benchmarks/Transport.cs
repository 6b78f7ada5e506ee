namespace KooAssistent.Benchmarks;

/// <summary>How a simulated resident learns about the bot's reply.</summary>
public enum Transport
{
    /// <summary>The <c>streamUrl</c> WebSocket, as Web Chat uses by default.</summary>
    WebSocket,

    /// <summary><c>GET /activities?watermark=</c>, as Web Chat does when WebSockets are unavailable.</summary>
    Polling,
}
