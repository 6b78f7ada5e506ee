namespace KooAssistent.Bot.Channels.WhatsApp;

public enum WebhookBodyVerdict
{
    /// <summary>Every byte is in and the HMAC matches the header.</summary>
    Authentic,

    Forged,

    /// <summary>Larger than a delivery can be; reading stopped at the limit.</summary>
    TooLarge,
}
