using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KooAssistent.Cli;

/// <summary>
/// Chat with the bot through its real WhatsApp webhook without a Meta account: plays Meta's part on both sides.
/// It listens on loopback as the Graph API (the bot sends its replies there) and posts each line you type to the
/// bot's <c>/api/whatsapp</c> as a signed delivery. Buttons and lists are shown numbered; typing the number taps it.
/// </summary>
internal sealed class WhatsAppSimulator : IAsyncDisposable
{
    private readonly WebApplication graph;
    private readonly HttpClient http;
    private readonly string appSecret;
    private readonly string from;
    private readonly TextWriter output;
    private readonly SemaphoreSlim printed = new(0);
    private List<string> choices = [];
    private int sequence;

    private WhatsAppSimulator(WebApplication graph, HttpClient http, Uri webhook, string appSecret, string from, TextWriter output)
    {
        this.graph = graph;
        this.http = http;
        Webhook = webhook;
        this.appSecret = appSecret;
        this.from = from;
        this.output = output;
    }

    /// <summary>The bot's webhook the simulated deliveries go to.</summary>
    public Uri Webhook { get; set; }

    /// <summary>Where the bot must send its replies: <c>WhatsApp:GraphApiBaseUrl</c>.</summary>
    public Uri GraphAddress { get; private set; } = null!;

    public static async Task<WhatsAppSimulator> StartAsync(Uri bot, string appSecret, int listenPort, string from, TextWriter output)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, listenPort));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var simulator = new WhatsAppSimulator(app, new HttpClient(), new Uri(bot, "/api/whatsapp"), appSecret, from, output);
        app.MapPost("/{version}/{phoneNumberId}/messages", async (HttpContext context) =>
        {
            var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            simulator.Show(body);
            return Results.Json(new { messaging_product = "whatsapp", messages = new[] { new { id = $"wamid.sim{Guid.NewGuid():N}" } } });
        });
        await app.StartAsync();
        simulator.GraphAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");
        return simulator;
    }

    /// <summary>Sends what the resident types; a number taps the matching button or list row of the last message.</summary>
    public async Task<HttpStatusCode> SendAsync(string line, CancellationToken cancellationToken)
    {
        var id = $"wamid.simulated{Interlocked.Increment(ref sequence)}.{Guid.NewGuid():N}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = new JsonObject { ["from"] = from, ["id"] = id, ["timestamp"] = timestamp };
        if (int.TryParse(line.Trim(), out var number) && number >= 1 && number <= choices.Count)
        {
            message["type"] = "interactive";
            message["interactive"] = new JsonObject { ["type"] = "button_reply", ["button_reply"] = new JsonObject { ["id"] = choices[number - 1], ["title"] = choices[number - 1] } };
        }
        else
        {
            message["type"] = "text";
            message["text"] = new JsonObject { ["body"] = line };
        }

        var delivery = new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "simulator",
                ["changes"] = new JsonArray(new JsonObject
                {
                    ["field"] = "messages",
                    ["value"] = new JsonObject
                    {
                        ["messaging_product"] = "whatsapp",
                        ["metadata"] = new JsonObject { ["phone_number_id"] = "simulator" },
                        ["contacts"] = new JsonArray(new JsonObject { ["wa_id"] = from }),
                        ["messages"] = new JsonArray(message),
                    },
                }),
            }),
        };
        var bytes = Encoding.UTF8.GetBytes(delivery.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        using var request = new HttpRequestMessage(HttpMethod.Post, Webhook) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        // Signed as Meta signs (HMAC-SHA256 of the raw body with the app secret); the CLI signs here itself because
        // it depends on storage, not on the web host that checks the signature.
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), bytes)));
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>Waits until the bot has sent something (or the time is up).</summary>
    public Task<bool> WaitForReplyAsync(TimeSpan timeout) => printed.WaitAsync(timeout);

    public async Task RunAsync(TextReader input, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"WhatsApp simulator: you are +{from}. Type a message; a number taps a button. Empty line or Ctrl+D ends.");
        while (await input.ReadLineAsync(cancellationToken) is { Length: > 0 } line)
        {
            var status = await SendAsync(line, cancellationToken);
            if (status != HttpStatusCode.OK)
            {
                await output.WriteLineAsync($"(the bot's webhook answered {(int)status}; is WhatsApp configured with the same app secret?)");
                continue;
            }

            // Give the bot a moment to answer before the next prompt.
            while (await WaitForReplyAsync(TimeSpan.FromSeconds(2)))
            {
            }
        }
    }

    private void Show(JsonObject body)
    {
        if (body["status"] is not null)
        {
            return;
        }

        lock (output)
        {
            switch ((string?)body["type"])
            {
                case "text":
                    output.WriteLine($"Koo: {body["text"]?["body"]}");
                    break;
                case "interactive":
                    var interactive = body["interactive"]!;
                    output.WriteLine($"Koo: {interactive["body"]?["text"]}");
                    choices = (string?)interactive["type"] == "button"
                        ? [.. interactive["action"]!["buttons"]!.AsArray().Select(button => (string)button!["reply"]!["id"]!)]
                        : [.. interactive["action"]!["sections"]!.AsArray().SelectMany(section => section!["rows"]!.AsArray()).Select(row => (string)row!["id"]!)];
                    for (var index = 0; index < choices.Count; index++)
                    {
                        output.WriteLine($"  [{index + 1}] {choices[index]}");
                    }

                    break;
                default:
                    output.WriteLine($"Koo ({body["type"]}): {body.ToJsonString()}");
                    break;
            }
        }

        printed.Release();
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        printed.Dispose();
        await graph.DisposeAsync();
    }
}
