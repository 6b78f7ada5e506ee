using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Widget;

/// <summary>
/// A configured Web Chat bundle must exist: without it every resident's chat button opens nothing, and the bot would
/// only log a warning.
/// </summary>
public sealed class WidgetOptionsValidator(IHostEnvironment environment) : IValidateOptions<WidgetOptions>
{
    public ValidateOptionsResult Validate(string? name, WidgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.WebChatBundlePath))
        {
            return ValidateOptionsResult.Success;
        }

        var path = Path.GetFullPath(options.WebChatBundlePath, environment.ContentRootPath);
        return File.Exists(path)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{WidgetOptions.SectionName}:WebChatBundlePath '{options.WebChatBundlePath}' ({path}) is not a file; point it at botframework-webchat's dist/webchat.js, or leave it empty.");
    }
}
