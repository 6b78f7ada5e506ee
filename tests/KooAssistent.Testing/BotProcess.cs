using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace KooAssistent.Testing;

/// <summary>
/// The bot as a separate operating-system process (<c>dotnet KooAssistent.Bot.dll --urls ...</c>), so a test can
/// kill it with SIGKILL mid-work and start it again on the same data folder, or see how it refuses bad settings.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly StringBuilder output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>The operating system's id of the bot process, to look at its memory.</summary>
    public int ProcessId => process.Id;

    /// <summary>Starts the bot and waits until <c>/health/ready</c> answers.</summary>
    public static async Task<BotProcess> StartAsync(string dataDirectory, IDictionary<string, string?>? environment = null, int? port = null)
    {
        var bot = Launch(dataDirectory, environment, port ?? FreePort());
        using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException($"The bot exited during start:\n{bot.Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(50);
        }

        await bot.DisposeAsync();
        throw new TimeoutException($"The bot did not become ready within {StartTimeout.TotalSeconds} s:\n{bot.Output}");
    }

    /// <summary>Starts the bot expecting it to refuse to start; returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string dataDirectory, IDictionary<string, string?> environment)
    {
        await using var bot = Launch(dataDirectory, environment, FreePort());
        using var timeout = new CancellationTokenSource(StartTimeout);
        await bot.process.WaitForExitAsync(timeout.Token);
        return (bot.process.ExitCode, bot.Output);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; whatever was not committed is gone.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private static BotProcess Launch(string dataDirectory, IDictionary<string, string?>? environment, int port)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "KooAssistent.Bot.dll");
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.ArgumentList.Add("--webroot");
        start.ArgumentList.Add(WebRoot);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Persistence__DataDirectory"] = dataDirectory;
        start.Environment["DirectLine__TokenSigningKey"] = BotFactory.TestSigningKey;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var bot = new BotProcess(process, address);
        process.OutputDataReceived += (_, line) => bot.Append(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>
    /// The bot project's wwwroot. A published bot has its wwwroot beside the program; a build output has only a
    /// manifest of static web assets, which ASP.NET Core reads in Development alone, so outside it the process would
    /// serve no console.
    /// </summary>
    private static string WebRoot => typeof(BotProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "BotWebRoot").Value!;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
