using System.ComponentModel.DataAnnotations;

namespace KooAssistent.Bot.Channels.DirectLine;

public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Secret that signs conversation tokens (at least 32 characters). Empty means a random key generated once
    /// and kept in the data folder; set it explicitly when several instances share the load.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a conversation token is valid; Direct Line clients refresh at half this time.</summary>
    [Range(typeof(TimeSpan), "00:02:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// After this long, counted from the start of the conversation, its token is no longer renewed (refresh, reconnect
    /// or a second start all answer 403 TokenExpired) and the widget starts a new conversation. Without it a token,
    /// once taken, could be kept alive for ever. A week leaves room for a worker who answers after a weekend.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "28.00:00:00")]
    public TimeSpan MaxConversationAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a <c>streamUrl</c> may be used to open the WebSocket; it sits in a URL, so it is short.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:10:00")]
    public TimeSpan StreamTicketLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest accepted activity JSON body, in bytes; bigger bodies get 413 and nothing is stored.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Longest accepted message text, in characters (WhatsApp's own limit is 4096).</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 4096;

    /// <summary>Largest accepted upload; files are read and thrown away unseen, this only bounds the work.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Empty frames on an idle WebSocket keep proxies from closing it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Requests one conversation token may make per minute (polling at 1/s uses 60).</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinute { get; set; } = 180;

    /// <summary>
    /// The address residents reach the bot on (for example https://chat.example.nl), used to build
    /// <c>streamUrl</c> behind a TLS-terminating proxy. Empty means the address of the incoming request.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }
}
