using System.Net;
using KooAssistent.Testing;

namespace KooAssistent.Cli.Tests;

/// <summary>The simulator against the real bot on loopback: through the signed webhook in, through the "Graph API" out.</summary>
public sealed class WhatsAppSimulatorTests
{
    [Fact]
    public async Task A_resident_typed_into_the_simulator_is_answered_and_a_number_taps_a_button()
    {
        var output = new StringWriter();
        await using var simulator = await WhatsAppSimulator.StartAsync(new Uri("http://127.0.0.1:1"), "simulator-secret", 0, "31600000001", output);
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["WhatsApp:AppSecret"] = "simulator-secret",
            ["WhatsApp:VerifyToken"] = "simulator",
            ["WhatsApp:AccessToken"] = "simulator",
            ["WhatsApp:PhoneNumberId"] = "simulator",
            ["WhatsApp:GraphApiBaseUrl"] = simulator.GraphAddress.ToString(),
            ["WhatsApp:DispatchInterval"] = "00:00:00.050",
        });
        simulator.Webhook = new Uri(bot.StartOnLoopback(), "/api/whatsapp");

        Assert.Equal(HttpStatusCode.OK, await simulator.SendAsync("kan ik iemand spreken", CancellationToken.None));
        await WaitUntilAsync(() => Read(output).Contains("[2] Nee, liever niet", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await simulator.SendAsync("2", CancellationToken.None));
        await WaitUntilAsync(() => Read(output).Contains("ik geef niets door", StringComparison.Ordinal));

        var transcript = Read(output);
        Assert.Contains("Koo: Hallo! Ik ben KooAssistent", transcript, StringComparison.Ordinal);
        Assert.Contains("Prima, ik geef niets door.", transcript, StringComparison.Ordinal);
    }

    /// <summary>The simulator writes the bot's replies from its Graph listener's thread under a lock on the writer; read under the same lock.</summary>
    private static string Read(StringWriter output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
