using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// Sends messages through the WhatsApp Cloud API (<c>POST {base}/{version}/{phone-number-id}/messages</c>, bearer
/// token). Rate limits (429), server errors and timeouts are retried with exponential backoff; other 4xx answers are
/// permanent and go to the dead letters. The base address is configuration, so tests use a fake server on loopback.
/// </summary>
public sealed class GraphApiClient
{
    private readonly HttpClient http;
    private readonly IOptions<WhatsAppOptions> options;
    private readonly ResiliencePipeline<HttpResponseMessage> retrying;

    public GraphApiClient(HttpClient http, IOptions<WhatsAppOptions> options, TimeProvider clock)
    {
        this.http = http;
        this.options = options;
        retrying = Hosting.OutboundRetry.Create(clock, TimeSpan.FromSeconds(10));
    }

    public Task<GraphSendResult> SendAsync(JsonObject body, CancellationToken cancellationToken) => SendAsync(body, retry: true, cancellationToken);

    public async Task<GraphSendResult> SendAsync(JsonObject body, bool retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var settings = options.Value;
        var address = new Uri(settings.GraphApiBaseUrl, $"{settings.ApiVersion}/{settings.PhoneNumberId}/messages");
        var json = body.ToJsonString();
        try
        {
            using var response = await (retry ? retrying : ResiliencePipeline<HttpResponseMessage>.Empty).ExecuteAsync(
                async token =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
                    return await http.SendAsync(request, token);
                },
                cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return GraphSendResult.Ok;
            }

            var status = (int)response.StatusCode;
            var permanent = status is >= 400 and < 500 && status != 429;
            return new GraphSendResult(false, permanent, $"HTTP {status}: {ErrorCode(await response.Content.ReadAsStringAsync(cancellationToken))}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            return new GraphSendResult(false, false, exception.GetType().Name);
        }
    }

    // Only Meta's error code travels on (into the dead letters): the message may quote what was sent.
    private static string ErrorCode(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["error"]?["code"]?.ToString() ?? "no error code";
        }
        catch (System.Text.Json.JsonException)
        {
            return "no error code";
        }
    }
}
