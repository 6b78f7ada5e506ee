using KooAssistent.Conversation.Knowledge;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Turns;

/// <summary>A configured knowledge folder must be one: a typo would otherwise surface as a missing organisations file deep in the loader.</summary>
public sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Success;
        }

        // Relative to the program's folder, as KnowledgeFolder.Locate reads it.
        var folder = System.IO.Path.GetFullPath(options.Path, AppContext.BaseDirectory);
        return File.Exists(System.IO.Path.Combine(folder, OrganisationDirectory.FileName))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{KnowledgeOptions.SectionName}:Path '{options.Path}' ({folder}) has no {OrganisationDirectory.FileName}; point it at the knowledge/ folder, or leave it empty for the copy beside the program.");
    }
}
