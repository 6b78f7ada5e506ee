using System.ClientModel;
using System.ClientModel.Primitives;
using KooAssistent.Bot.Hosting;
using KooAssistent.Conversation.Dialog.Assistance;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace KooAssistent.Bot.LanguageModel;

public static class LanguageModelExtensions
{
    /// <summary>The HttpClient name of the model's calls, so telemetry and tests can tell them apart.</summary>
    public const string HttpClientName = "LanguageModel";

    /// <summary>
    /// The optional language model. Off (the default), the brain gets <see cref="ModelAssistance.None"/> and nothing
    /// here is built: no client, no connection. On, one chat client is built for the life of the process.
    /// </summary>
    public static IHostApplicationBuilder AddLanguageModel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        builder.Services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
            if (!options.Enabled)
            {
                return ModelAssistance.None;
            }

            var logger = services.GetRequiredService<ILogger<ChatModelClient>>();
            var client = new ChatModelClient(CreateChatClient(options, services.GetRequiredService<IHttpClientFactory>()), logger);
            var features = string.Join('+', new[] { options.DangerSecondOpinion ? "danger" : null, options.GroundedAnswers ? "phrasing" : null, options.WorkerDraft ? "worker-draft" : null }.OfType<string>());
            var host = new Uri(options.Endpoint).Host;
            LlmLog.Enabled(logger, options.Model, host, features, options.TimeoutSeconds);
            return new ModelAssistance(
                options.DangerSecondOpinion ? client : null,
                options.GroundedAnswers ? client : null,
                TimeSpan.FromSeconds(options.TimeoutSeconds),
                options.WorkerDraft ? client : null);
        });
        return builder;
    }

    /// <summary>
    /// Microsoft.Extensions.AI's <see cref="IChatClient"/> over the OpenAI client rather than a Semantic Kernel kernel:
    /// the bot needs one chat completion per feature, no plugins, planners or memory; Semantic Kernel 1.82's OpenAI
    /// connector is itself this same OpenAI client behind the same abstraction, so this is the same wire protocol with
    /// two packages instead of a dozen. One OpenAI-compatible client serves Azure OpenAI's v1 API, vLLM and Ollama alike.
    /// </summary>
    private static IChatClient CreateChatClient(LlmOptions options, IHttpClientFactory httpClients)
    {
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint),
            // The brain's time limit decides; a retry would only spend it. The network timeout is a second fence.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout,
            Transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName)),
        };
        // A server that asks no key (a local Ollama) still gets one: the OpenAI client will not send a request without.
        var key = new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey);
        return new OpenAI.Chat.ChatClient(options.Model, key, clientOptions).AsIChatClient();
    }
}
