using System.Text;
using System.Text.Json;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage.BotConnector;
using Polly;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Sends activities to a channel through the Connector API: <c>POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>
/// for a reply, <c>.../activities</c> for anything that answers no particular message (the welcome, a worker's
/// message, a new post in a Teams channel). 429, 5xx and timeouts are retried with exponential backoff; a refused app token (401) is fetched anew
/// and tried again on the next round; other 4xx are permanent.
/// </summary>
public sealed class ConnectorApiClient
{
    private readonly HttpClient http;
    private readonly ConnectorTokenClient tokens;
    private readonly ResiliencePipeline<HttpResponseMessage> retrying;

    public ConnectorApiClient(HttpClient http, ConnectorTokenClient tokens, TimeProvider clock)
    {
        this.http = http;
        this.tokens = tokens;
        retrying = Hosting.OutboundRetry.Create(clock, TimeSpan.FromSeconds(15));
    }

    public Task<ConnectorSendResult> SendAsync(ConnectorReference reference, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendAsync(reference.ServiceUrl, reference.ConnectorConversationId, activity, replyToId, cancellationToken);
    }

    /// <summary>Sends to a conversation by the channel's own id, also one the bot was never addressed in (a Teams channel).</summary>
    public async Task<ConnectorSendResult> SendAsync(string serviceUrl, string connectorConversationId, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(connectorConversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Uri.EscapeDataString(connectorConversationId)}/activities"
            + (replyToId is null ? string.Empty : "/" + Uri.EscapeDataString(replyToId));
        var address = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        var json = JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity);
        try
        {
            var authorization = await tokens.GetAsync(cancellationToken);
            using var response = await retrying.ExecuteAsync(
                async token =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                    request.Headers.Authorization = authorization;
                    return await http.SendAsync(request, token);
                },
                cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return ConnectorSendResult.Ok;
            }

            var status = (int)response.StatusCode;
            if (status == 401)
            {
                tokens.Forget();
            }

            var permanent = status is >= 400 and < 500 && status is not 429 and not 401;
            return new ConnectorSendResult(false, permanent, $"HTTP {status}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            return new ConnectorSendResult(false, false, exception.GetType().Name);
        }
    }
}
