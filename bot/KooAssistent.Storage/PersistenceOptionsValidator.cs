using Npgsql;
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
            PersistenceProvider.Postgres => ValidatePostgres(options.ConnectionString),
            _ => ValidateOptionsResult.Fail($"{PersistenceOptions.SectionName}:Provider '{options.Provider}' is not known; use 'Sqlite' or 'Postgres'."),
        };
    }

    private static ValidateOptionsResult ValidatePostgres(string? connectionString)
    {
        var key = $"{PersistenceOptions.SectionName}:ConnectionString";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail(
                $"{PersistenceOptions.SectionName}:Provider is 'Postgres', but {key} is empty; set it to an Npgsql connection string (Host=…;Port=5432;Database=koo;Username=koo;Password=…).");
        }

        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host)
                ? ValidateOptionsResult.Fail($"{key} names no Host; the PostgreSQL provider needs one.")
                : ValidateOptionsResult.Success;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            // Npgsql's own message may quote a value, and this one may hold the password: it is not repeated.
            return ValidateOptionsResult.Fail($"{key} is not an Npgsql connection string (a key Npgsql does not know, or a value of the wrong kind).");
        }
    }
}
