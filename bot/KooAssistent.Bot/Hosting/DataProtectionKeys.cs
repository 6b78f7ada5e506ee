using KooAssistent.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Data-protection keys in a folder the operator chooses (<c>DataProtection:KeysPath</c>, by default beside the
/// database) instead of where ASP.NET Core looks by default: the user's home, which in the container is read-only,
/// so the keys lived in memory and every restart signed every worker out. The folder is the bot user's alone (0700,
/// its files 0600); on Linux ASP.NET Core writes the keys unencrypted, so the volume is what protects them at rest
/// (SECURITY.md).
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
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new KeyFolderSetup(
            services.GetRequiredService<IOptions<DataProtectionKeysOptions>>(),
            services.GetRequiredService<DataDirectory>(),
            contentRoot,
            services.GetRequiredService<ILoggerFactory>()));
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

    private sealed class KeyFolderSetup(IOptions<DataProtectionKeysOptions> options, DataDirectory data, string contentRoot, ILoggerFactory loggers)
        : IConfigureOptions<KeyManagementOptions>
    {
        public void Configure(KeyManagementOptions keyManagement) =>
            keyManagement.XmlRepository = new FileSystemXmlRepository(PrepareFolder(FolderFor(options.Value, data, contentRoot)), loggers);
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
