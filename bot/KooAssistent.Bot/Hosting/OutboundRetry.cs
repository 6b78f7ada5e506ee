using System.Net;
using Polly;
using Polly.Retry;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// How the outboxes call a channel's API (Meta's Graph API, the Bot Connector): rate limits (429), server errors and
/// timeouts are retried four times with exponential backoff and jitter from 200 ms; other answers are returned as they
/// are, and a message still failing stays in its outbox for the next round.
/// </summary>
public static class OutboundRetry
{
    public static ResiliencePipeline<HttpResponseMessage> Create(TimeProvider clock, TimeSpan timeout) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(200),
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>()
                    .HandleResult(response => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500),
            })
            .AddTimeout(timeout)
            .Build();
}
