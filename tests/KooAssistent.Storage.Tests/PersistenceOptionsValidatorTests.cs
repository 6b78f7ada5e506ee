namespace KooAssistent.Storage.Tests;

public sealed class PersistenceOptionsValidatorTests
{
    [Theory]
    [InlineData(null, "Persistence:ConnectionString is empty")]
    [InlineData(" ", "Persistence:ConnectionString is empty")]
    [InlineData("Database=koo;Username=koo", "names no Host")]
    [InlineData("Host=db;Colour=blue;Password=geheim", "not an Npgsql connection string")]
    public void PostgreSQL_without_a_usable_connection_string_is_refused_naming_the_key_and_never_the_password(string? connectionString, string expected)
    {
        var result = new PersistenceOptionsValidator().Validate(null, new PersistenceOptions { Provider = PersistenceProvider.Postgres, ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSQL_with_a_host_is_accepted()
    {
        var options = new PersistenceOptions { Provider = PersistenceProvider.Postgres, ConnectionString = "Host=db;Port=5432;Database=koo;Username=koo;Password=geheim" };

        Assert.True(new PersistenceOptionsValidator().Validate(null, options).Succeeded);
    }
}
