using KooAssistent.Storage;
using KooAssistent.Storage.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Data-protection keys where every start (and, on PostgreSQL, every instance) finds them, instead of where ASP.NET
/// Core looks by default: the user's home, which in the container is read-only, so the keys lived in memory and every
/// restart signed every worker out. A folder the operator names (<c>DataProtection:KeysPath</c>) wins; otherwise, on
/// PostgreSQL, the shared database, so a worker signed in on one instance stays signed in on another; on SQLite, a
/// folder beside the database. A folder is the bot user's alone (0700, its files 0600). On Linux ASP.NET Core stores
/// the keys unencrypted, so the volume or the database access is what protects them at rest (SECURITY.md).
/// </summary>
public static class DataProtectionKeys
{
    public const string DefaultFolderName = "data-protection-keys";

    /// <summary>Fixed, so keys stay valid when the program moves to another folder (ASP.NET Core's default is the content root's path).</summary>
    public const string ApplicationName = "KooAssistent";

    public static IHostApplicationBuilder AddDataProtectionKeys(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DataProtectionKeysOptions>().BindConfiguration(DataProtectionKeysOptions.SectionName).ValidateOnStart();
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new KeyRepositorySetup(
            services.GetRequiredService<IOptions<DataProtectionKeysOptions>>(),
            services.GetRequiredService<IOptions<PersistenceOptions>>(),
            services,
            contentRoot));
        builder.Services.AddHostedService<KeyRingAtStart>();
        return builder;
    }

    /// <summary>The folder the keys go to, for these settings.</summary>
    public static string FolderFor(DataProtectionKeysOptions options, DataDirectory data, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        return string.IsNullOrWhiteSpace(options.KeysPath)
            ? data.File(DefaultFolderName)
            : Path.GetFullPath(options.KeysPath, contentRoot);
    }

    private static DirectoryInfo PrepareFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var folder = Directory.CreateDirectory(path, OwnerOnly);

        // A folder made before (by hand, or by an image build) is tightened too, with any key already in it.
        File.SetUnixFileMode(path, OwnerOnly);
        foreach (var key in folder.EnumerateFiles())
        {
            File.SetUnixFileMode(key.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return folder;
    }

    private sealed class KeyRepositorySetup(IOptions<DataProtectionKeysOptions> options, IOptions<PersistenceOptions> persistence, IServiceProvider services, string contentRoot)
        : IConfigureOptions<KeyManagementOptions>
    {
        public void Configure(KeyManagementOptions keyManagement) =>
            keyManagement.XmlRepository = string.IsNullOrWhiteSpace(options.Value.KeysPath) && persistence.Value.Provider == PersistenceProvider.Postgres
                ? new DatabaseXmlRepository(services.GetRequiredService<KeyStore>())
                : new FileSystemXmlRepository(
                    PrepareFolder(FolderFor(options.Value, services.GetRequiredService<DataDirectory>(), contentRoot)),
                    services.GetRequiredService<ILoggerFactory>());
    }

    /// <summary>
    /// Reads (or makes) the key ring while the host starts, so a folder the bot cannot write stops the start instead of
    /// the first worker's sign-in, and the first sign-in does not wait for a new key.
    /// </summary>
    private sealed class KeyRingAtStart(IDataProtectionProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = provider.CreateProtector(nameof(KeyRingAtStart)).Protect([1]);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
