using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>A staff member's HTTP client: its own cookie jar, signed in, sending the CSRF token on every change.</summary>
internal sealed class StaffConsole(HttpClient http, string csrfToken)
{
    public HttpClient Http => http;

    public string CsrfToken => csrfToken;

    public static async Task AddAccountAsync(BotFactory bot, string username, StaffRole role, string? team, string password = "een-lang-wachtwoord")
    {
        var accounts = bot.Services.GetRequiredService<IStaffStore>();
        Assert.True(await accounts.AddAsync(username, char.ToUpperInvariant(username[0]) + username[1..], role, team, PasswordHasher.Hash(password), CancellationToken.None));
    }

    public static async Task<StaffConsole> SignInAsync(BotFactory bot, string username, string password = "een-lang-wachtwoord")
    {
        var http = bot.CreateStaffClient();
        using var response = await http.PostAsJsonAsync("/staff/api/session", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return new StaffConsole(http, (string)body!["csrfToken"]!);
    }

    public async Task<JsonArray> TicketsAsync(string? status = null)
    {
        var json = await http.GetFromJsonAsync<JsonArray>(status is null ? "/staff/api/tickets" : $"/staff/api/tickets?status={status}");
        return json!;
    }

    /// <summary>The status of a plain read of the session: 200 while it lives, 401 once it has ended.</summary>
    public async Task<HttpStatusCode> SessionStatusAsync()
    {
        using var response = await http.GetAsync(new Uri("/staff/api/session", UriKind.Relative));
        return response.StatusCode;
    }

    public async Task<JsonObject> TicketAsync(string id) => (await http.GetFromJsonAsync<JsonObject>($"/staff/api/tickets/{id}"))!;

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null, bool withToken = true) => SendAsync(HttpMethod.Post, path, body, withToken);

    /// <summary>A request with a JSON body (an empty object when none is given), with the CSRF token unless told otherwise.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool withToken = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body ?? new { }) };
        if (withToken)
        {
            request.Headers.Add(CsrfFilter.HeaderName, csrfToken);
        }

        return await http.SendAsync(request);
    }
}
