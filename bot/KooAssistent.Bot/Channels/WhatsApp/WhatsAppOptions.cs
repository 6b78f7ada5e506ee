using System.ComponentModel.DataAnnotations;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// Configuration section <c>WhatsApp</c>. The channel is off until <see cref="AppSecret"/>, <see cref="VerifyToken"/>,
/// <see cref="AccessToken"/> and <see cref="PhoneNumberId"/> are all set; without an app secret every webhook
/// delivery is refused (fail closed).
/// </summary>
public sealed class WhatsAppOptions
{
    public const string SectionName = "WhatsApp";

    public string AppSecret { get; set; } = string.Empty;

    public string VerifyToken { get; set; } = string.Empty;

    public string AccessToken { get; set; } = string.Empty;

    public string PhoneNumberId { get; set; } = string.Empty;

    /// <summary>
    /// The secret (at least 32 characters) that keys conversation ids (<see cref="WhatsAppConversationIds"/>). Empty:
    /// generated once, into the data folder on SQLite and into the database on PostgreSQL, where every instance uses it.
    /// </summary>
    public string ConversationIdKey { get; set; } = string.Empty;

    public Uri GraphApiBaseUrl { get; set; } = new("https://graph.facebook.com");

    public string ApiVersion { get; set; } = "v25.0";

    /// <summary>
    /// An approved template (name) a worker may send when the 24-hour window has closed, e.g. one that says "a
    /// Buurtteam worker wants to reach you, reply to continue"; empty means workers are told the window is closed.
    /// </summary>
    public string WindowTemplateName { get; set; } = string.Empty;

    public string WindowTemplateLanguage { get; set; } = "nl";

    /// <summary>
    /// Messages older than this many days are refused: Meta retries a delivery for up to 7 days, so anything older is a
    /// captured delivery sent again. Erased messages' dedupe keys are kept longer than the longest window (31 days).
    /// </summary>
    [Range(1, 30)]
    public int MaxMessageAgeDays { get; set; } = 8;

    /// <summary>How often the outbox looks for replies to send.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    public bool IsConfigured =>
        AppSecret.Length > 0 && VerifyToken.Length > 0 && AccessToken.Length > 0 && PhoneNumberId.Length > 0;
}
