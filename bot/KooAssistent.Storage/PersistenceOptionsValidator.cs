using Microsoft.Extensions.Options;

namespace KooAssistent.Storage;

/// <summary>Refuses settings this build cannot honour, naming the key, instead of failing at the first query.</summary>
public sealed class PersistenceOptionsValidator : IValidateOptions<PersistenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            PersistenceProvider.Sqlite => ValidateOptionsResult.Success,
            // The host also needs the inbox, privacy, WhatsApp and Bot Connector stores on PostgreSQL, and turns that
            // several instances can share, before it may start there.
            PersistenceProvider.Postgres => ValidateOptionsResult.Fail(
                $"{PersistenceOptions.SectionName}:Provider is 'Postgres', but the PostgreSQL provider has only its migrations and the conversation, staff account, session, ticket, stream ticket and insight stores so far; the bot still needs SQLite for the inbox, privacy, WhatsApp and Bot Connector stores. Use 'Sqlite'."),
            _ => ValidateOptionsResult.Fail($"{PersistenceOptions.SectionName}:Provider '{options.Provider}' is not known; use 'Sqlite' or 'Postgres'."),
        };
    }
}
