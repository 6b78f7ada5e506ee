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
            PersistenceProvider.Postgres => ValidateOptionsResult.Fail(
                $"{PersistenceOptions.SectionName}:Provider is 'Postgres', but this build only has the SQLite store. Use 'Sqlite'."),
            _ => ValidateOptionsResult.Fail($"{PersistenceOptions.SectionName}:Provider '{options.Provider}' is not known; use 'Sqlite' or 'Postgres'."),
        };
    }
}
