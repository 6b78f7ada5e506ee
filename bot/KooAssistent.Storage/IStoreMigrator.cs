namespace KooAssistent.Storage;

/// <summary>Brings the configured provider's database to the schema this build expects.</summary>
public interface IStoreMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
