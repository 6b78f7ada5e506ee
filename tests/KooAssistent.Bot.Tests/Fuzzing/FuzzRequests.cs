using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Channels.WhatsApp;
using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Bot.Tests.Fuzzing;

/// <summary>Who the fuzzer may speak as: a resident's Direct Line session and ids that exist in the bot.</summary>
internal sealed record FuzzTargets(string ConversationId, string Token, string OtherToken, string StreamTicket, string TicketId, string CsrfToken);

/// <summary>
/// Makes one random request to one of the bot's endpoints: the right shape with hostile values, the wrong shape, the
/// wrong content type, the wrong method, a missing or foreign token. Deterministic for a seed, so a failure repeats.
/// </summary>
internal sealed class FuzzRequests(Random random, FuzzTargets targets)
{
    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
        "multipart/form-data; boundary=", "multipart/form-data; boundary=\"b\"", "application/xml", "application/vnd.microsoft.activity", "",
    ];

    private static readonly string[] Names = ["beheer", "coord", "anna", "josé", "名前", "a b", "x", new string('n', 300), "..", "%2F", "beheer\u0000"];

    private static readonly JsonNode Activity = JsonNode.Parse("""
        {"type":"message","text":"hallo","locale":"nl-NL","localTimestamp":"2026-12-04T10:00:00+01:00","localTimezone":"Europe/Amsterdam",
         "from":{"id":"dl_x","name":"Anna","role":"user"},"conversation":{"id":"c"},"replyToId":"c|0000001","value":{"a":1},"name":"ev",
         "channelData":{"clientActivityID":"k1","a":[1,{"b":2}]},"attachments":[{"contentType":"image/png","name":"a.png","content":{}}],
         "entities":[{"type":"ClientCapabilities"}],"suggestedActions":{"actions":[{"type":"imBack","title":"t","value":"v"}]}}
        """)!;

    private static readonly JsonNode Start = JsonNode.Parse("""{"user":{"id":"dl_x","name":"Anna"},"locale":"nl-NL","trustedOrigin":"x"}""")!;
    private static readonly JsonNode SignIn = JsonNode.Parse("""{"username":"beheer","password":"een-lang-wachtwoord"}""")!;
    private static readonly JsonNode NewAccount = JsonNode.Parse("""{"username":"nieuw","role":"medewerker","team":"Buurtteam Noord","password":"een-lang-wachtwoord"}""")!;
    private static readonly JsonNode StaffText = JsonNode.Parse("""{"text":"hallo","outcome":"opgelost","password":"een-nieuw-wachtwoord","currentPassword":"een-lang-wachtwoord","newPassword":"een-nieuw-wachtwoord","role":"coordinator","team":"Buurtteam Noord"}""")!;

    private static readonly JsonNode WhatsAppDelivery = JsonNode.Parse(WhatsAppFixture.Delivery(
        """{ "from": "31611112222", "id": "wamid.fuzz", "timestamp": "1764000000", "type": "text", "text": { "body": "hallo" } },"""
        + """{ "from": "31611112222", "id": "wamid.fuzz2", "timestamp": "1764000000", "type": "interactive", "interactive": { "type": "button_reply", "button_reply": { "id": "Ja", "title": "Ja" } } }""")
        .Replace("\"contacts\"", "\"statuses\":[{\"id\":\"wamid.out\",\"status\":\"failed\",\"timestamp\":\"1764000000\",\"errors\":[{\"code\":131047}]}],\"contacts\"", StringComparison.Ordinal))!;

    private readonly RandomJson json = new(random);

    /// <summary>A request, which client sends it (0 anonymous, 1 the signed-in beheerder, 2 the signed-in coordinator), and a label for the report.</summary>
    public (HttpRequestMessage Request, int Client, string Label) Next()
    {
        var pick = random.Next(16);
        return pick switch
        {
            0 => Anonymous(HttpMethod.Post, "/api/webchat/token", Body(Start)),
            1 => DirectLine(HttpMethod.Post, "/v3/directline/conversations", Body(Start)),
            2 => DirectLine(HttpMethod.Post, "/v3/directline/tokens/refresh", random.Next(3) == 0 ? Body(Start) : null),
            3 => DirectLine(HttpMethod.Get, $"/v3/directline/conversations/{Conversation()}?watermark={PathPart(json.Text())}", null),
            4 => DirectLine(HttpMethod.Get, $"/v3/directline/conversations/{Conversation()}/activities?watermark={PathPart(json.Text())}", null),
            5 or 6 => DirectLine(HttpMethod.Post, $"/v3/directline/conversations/{Conversation()}/activities", Body(Activity)),
            7 => DirectLine(HttpMethod.Post, $"/v3/directline/conversations/{Conversation()}/upload", Upload()),
            8 => Anonymous(HttpMethod.Get, $"/v3/directline/conversations/{Conversation()}/stream?t={(random.Next(2) == 0 ? targets.StreamTicket : json.Text())}&watermark={PathPart(json.Text())}", null),
            9 => Anonymous(HttpMethod.Post, "/staff/api/session", Body(SignIn)),
            10 or 11 => Staff(),
            12 or 13 => WhatsApp(),
            14 => Anonymous(HttpMethod.Get, $"/api/whatsapp?hub.mode={json.Text()}&hub.verify_token={WhatsAppFixture.VerifyToken}&hub.challenge={PathPart(json.Text())}", null),
            _ => Anonymous(RandomMethod(), Path(), random.Next(2) == 0 ? Body(Activity) : null),
        };
    }

    private (HttpRequestMessage, int, string) DirectLine(HttpMethod method, string path, HttpContent? content)
    {
        var request = new HttpRequestMessage(random.Next(12) == 0 ? RandomMethod() : method, new Uri(path, UriKind.Relative)) { Content = content };
        var token = random.Next(10) switch
        {
            0 => null,
            1 => json.Text(),
            2 => targets.OtherToken,
            3 => targets.StreamTicket,
            _ => targets.Token,
        };
        if (token is not null && !token.Any(char.IsControl))
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        return (request, 0, $"{request.Method} {path}");
    }

    private (HttpRequestMessage, int, string) Anonymous(HttpMethod method, string path, HttpContent? content) =>
        (new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content }, random.Next(3) == 0 ? 1 : 0, $"{method} {path}");

    private (HttpRequestMessage, int, string) Staff()
    {
        var name = PathPart(Names[random.Next(Names.Length)]);
        var ticket = random.Next(4) == 0 ? PathPart(json.Text()) : targets.TicketId;
        var (method, path) = random.Next(19) switch
        {
            0 => (HttpMethod.Get, "/staff/api/session"),
            1 => (HttpMethod.Delete, "/staff/api/session"),
            2 => (HttpMethod.Get, $"/staff/api/tickets?status={PathPart(json.Text())}"),
            3 => (HttpMethod.Get, $"/staff/api/tickets/{ticket}"),
            4 => (HttpMethod.Post, $"/staff/api/tickets/{ticket}/claim"),
            5 => (HttpMethod.Post, $"/staff/api/tickets/{ticket}/messages"),
            6 => (HttpMethod.Post, $"/staff/api/tickets/{ticket}/notes"),
            7 => (HttpMethod.Post, $"/staff/api/tickets/{ticket}/return"),
            8 => (HttpMethod.Post, $"/staff/api/tickets/{ticket}/resolve"),
            9 => (HttpMethod.Get, "/staff/api/audit"),
            10 => (HttpMethod.Get, "/staff/api/accounts"),
            11 or 12 => (HttpMethod.Post, "/staff/api/accounts"),
            13 => (HttpMethod.Post, $"/staff/api/accounts/{name}/disable"),
            14 => (HttpMethod.Post, $"/staff/api/accounts/{name}/enable"),
            15 => (HttpMethod.Post, $"/staff/api/accounts/{name}/password"),
            16 => (HttpMethod.Put, $"/staff/api/accounts/{name}"),
            17 => (HttpMethod.Post, "/staff/api/me/password"),
            _ => (HttpMethod.Post, $"/staff/api/tickets/{ticket}/erase"),
        };
        var template = path == "/staff/api/accounts" ? NewAccount : StaffText;
        if (path == "/staff/api/accounts" && random.Next(2) == 0)
        {
            template = JsonNode.Parse(NewAccount.ToJsonString())!;
            template["username"] = Names[random.Next(Names.Length)];
        }

        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = method == HttpMethod.Get || random.Next(8) == 0 ? null : Body(template) };
        if (random.Next(6) != 0)
        {
            request.Headers.Add(CsrfFilter.HeaderName, random.Next(8) == 0 ? "wrong" : targets.CsrfToken);
        }

        return (request, 1 + random.Next(2), $"{method} {path}");
    }

    private (HttpRequestMessage, int, string) WhatsApp()
    {
        var body = Encoding.UTF8.GetBytes(json.Mutate(WhatsAppDelivery)
            .Replace("1764000000", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/whatsapp", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (random.Next(8) != 0)
        {
            request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(body, random.Next(10) == 0 ? "not-the-secret" : WhatsAppFixture.AppSecret));
        }

        return (request, 0, "POST /api/whatsapp " + Encoding.UTF8.GetString(body)[..Math.Min(300, body.Length)]);
    }

    private ByteArrayContent Body(JsonNode template)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json.Mutate(template)));
        var type = random.Next(4) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : "application/json";
        if (type.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        return content;
    }

    private ByteArrayContent Upload()
    {
        var boundary = random.Next(6) == 0 ? json.Text().Replace("\"", string.Empty, StringComparison.Ordinal) : "fuzz-boundary";
        var activity = json.Mutate(Activity);
        var parts = random.Next(7) switch
        {
            0 => $"--{boundary}\r\nContent-Disposition: form-data; name=\"activity\"\r\nContent-Type: application/vnd.microsoft.activity\r\n\r\n{activity}\r\n--{boundary}--\r\n",
            1 => $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4",
            2 => $"--{boundary}\r\n{new string('h', 20_000)}: x\r\n\r\nbody\r\n--{boundary}--\r\n",
            3 => "not multipart at all",
            4 => $"--{boundary}\r\nContent-Disposition: form-data; name=\"activity\"\r\n\r\n{activity}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--{boundary}--\r\n",
            5 => $"--{boundary}\r\nContent-Disposition: form-data; name=\"activity\"\r\n\r\n{activity}",
            _ => $"--{boundary}--",
        };
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(parts));
        var type = random.Next(4) switch
        {
            0 => ContentTypes[random.Next(ContentTypes.Length)],
            _ => $"multipart/form-data; boundary=\"{boundary}\"",
        };
        if (type.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        return content;
    }

    /// <summary>
    /// A value for a path or query: escaped, without control characters, which the test server's client refuses to
    /// send at all (Kestrel answers them with its own 400 before the bot sees the request).
    /// </summary>
    private static string PathPart(string text) => Uri.EscapeDataString(new string([.. text.Where(character => !char.IsControl(character))]));

    private string Conversation() => random.Next(8) == 0 ? PathPart(json.Text()) : targets.ConversationId;

    private string Path() => random.Next(6) switch
    {
        0 => "/health/live",
        1 => "/health/ready",
        2 => "/staff",
        3 => "/v3/directline/" + PathPart(json.Text()),
        4 => "/widget/koo-widget.js",
        _ => "/" + PathPart(json.Text()),
    };

    private HttpMethod RandomMethod() => random.Next(6) switch
    {
        0 => HttpMethod.Get,
        1 => HttpMethod.Post,
        2 => HttpMethod.Put,
        3 => HttpMethod.Delete,
        4 => HttpMethod.Patch,
        _ => HttpMethod.Options,
    };
}
