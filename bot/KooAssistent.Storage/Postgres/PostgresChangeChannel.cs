using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Storage.Postgres;

/// <summary>
/// The NOTIFY channel the instances on one schema share. Channels are per database, not per schema, so each schema
/// gets its own: <c>koo_changes</c> in <c>public</c>, <c>koo_changes_</c> and a hash of the schema name elsewhere
/// (a name stays within PostgreSQL's 63 bytes whatever the schema is called). Municipalities in schemas of one
/// database, or tests side by side, then never wake each other.
/// </summary>
public sealed class PostgresChangeChannel(PostgresDatabase database)
{
    private string? name;

    /// <summary>Asked once; two first callers at once both ask and get the same answer.</summary>
    public async Task<string> NameAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref name) is { } known)
        {
            return known;
        }

        await using var command = database.DataSource.CreateCommand("SELECT current_schema()");
        var resolved = For(await command.ExecuteScalarAsync(cancellationToken) as string);
        Volatile.Write(ref name, resolved);
        return resolved;
    }

    internal static string For(string? schema) => schema is null or "public"
        ? "koo_changes"
        : "koo_changes_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schema)))[..16];

    /// <summary>LISTEN takes an identifier, not a parameter.</summary>
    internal static string Quoted(string channel) => "\"" + channel.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
