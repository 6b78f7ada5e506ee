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

    /// <summary>
    /// Activities one conversation may hold before the resident's next message is refused (409 ConversationFull).
    /// Anybody can get a token, so without it one conversation could store 180 activities of 32 KB a minute for a
    /// week. A real conversation has tens; 1,000 is also what a worker's view of a ticket shows.
    /// </summary>
    [Range(10, 1_000_000)]
    public int MaxActivitiesPerConversation { get; set; } = 1000;

    /// <summary>Largest accepted upload; files are read and thrown away unseen, this only bounds the work.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Empty frames on an idle WebSocket keep proxies from closing it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Open streams (WebSockets) on this instance. Each holds a connection, a file descriptor and a few kilobytes for
    /// as long as the client keeps it; without a ceiling, clients that never close would use up the process's file
    /// descriptors. Beyond it a new stream is refused (503) until one closes; DirectLineJS retries by itself.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxStreams { get; set; } = 5000;

    /// <summary>
    /// Open streams from one client address (an IPv6 /64 as one). A household or an office behind one address opens
    /// one per chat window; beyond this a new stream is refused (429).
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxStreamsPerAddress { get; set; } = 100;

    /// <summary>
    /// How long a frame may wait for the client to take it. A client that stops reading would otherwise keep its
    /// stream, and the frame it did not take, for ever; after this the stream is cut off and DirectLineJS reconnects
    /// from its watermark.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StreamSendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests one conversation token may make per minute (polling at 1/s uses 60).</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinute { get; set; } = 180;

    /// <summary>
    /// The address residents reach the bot on (for example https://chat.example.nl), used to build
    /// <c>streamUrl</c> behind a TLS-terminating proxy. Empty means the address of the incoming request. Checked in
    /// <see cref="DirectLineOptionsValidator"/>, not with <c>[Url]</c>, which refuses the empty value the example file ships.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
