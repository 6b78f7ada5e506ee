using System.Globalization;
using System.Reflection;

namespace KooAssistent.Storage.Migrations;

/// <summary>Reads the SQL scripts compiled into this assembly for one provider, ordered by version.</summary>
public static class EmbeddedMigrations
{
    public static IReadOnlyList<Migration> For(string provider)
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var prefix = $"migrations/{provider}/";
        var migrations = assembly.GetManifestResourceNames()
            .Select(name => name.Replace('\\', '/'))
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, prefix, name))
            .OrderBy(migration => migration.Version)
            .ToList();

        var duplicate = migrations.GroupBy(migration => migration.Version).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two {provider} migrations share version {duplicate.Key}.");
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string prefix, string resourceName)
    {
        var fileName = resourceName[prefix.Length..];
        var digits = new string(fileName.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
        {
            throw new InvalidOperationException($"Migration '{fileName}' must start with its version number.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? assembly.GetManifestResourceStream(resourceName.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"Migration resource '{resourceName}' could not be read.");
        using var reader = new StreamReader(stream);
        return new Migration(int.Parse(digits, CultureInfo.InvariantCulture), Path.GetFileNameWithoutExtension(fileName), reader.ReadToEnd());
    }
}
