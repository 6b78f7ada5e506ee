using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

public sealed class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    public const int MinimumKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ConversationIdKey.Length is > 0 and < MinimumKeyLength
            ? ValidateOptionsResult.Fail($"{WhatsAppOptions.SectionName}:ConversationIdKey must be at least {MinimumKeyLength} characters, or empty to let the bot generate one.")
            : ValidateOptionsResult.Success;
    }
}
