using System.ComponentModel.DataAnnotations;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>Settings for the embeddable widget and the sites that may embed it.</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>
    /// Origins (scheme://host[:port]) of the municipal pages that embed the widget. They may call the token and
    /// Direct Line endpoints from the browser and open the stream; the bot's own origin always may.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>New conversations one client address may open per minute.</summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerMinute { get; set; } = 20;
}
