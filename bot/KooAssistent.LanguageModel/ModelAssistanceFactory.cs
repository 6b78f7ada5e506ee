using System.ClientModel;
using System.ClientModel.Primitives;
using KooAssistent.Conversation.Dialog.Assistance;
using Microsoft.Extensions.AI;
using OpenAI;

namespace KooAssistent.LanguageModel;

/// <summary>
/// Builds the brain's <see cref="ModelAssistance"/> over one chat client, the same way for the bot host and for
/// <c>koo eval --llm</c>, so an evaluation measures the model the bot would use. The caller checks first that the model
/// is on and its <see cref="LlmOptions"/> are valid (<see cref="LlmOptionsValidator"/>), and owns the HTTP client.
/// </summary>
public static class ModelAssistanceFactory
{
    public static ModelAssistance Create(LlmOptions options, HttpClient http, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger<ChatModelClient>();
        var client = new ChatModelClient(CreateChatClient(options, http), logger);
        var features = string.Join('+', new[] { options.DangerSecondOpinion ? "danger" : null, options.GroundedAnswers ? "phrasing" : null, options.WorkerDraft ? "worker-draft" : null }.OfType<string>());
        var host = new Uri(options.Endpoint).Host;
        LlmLog.Enabled(logger, options.Model, host, features, options.TimeoutSeconds);
        return new ModelAssistance(
            options.DangerSecondOpinion ? client : null,
            options.GroundedAnswers ? client : null,
            TimeSpan.FromSeconds(options.TimeoutSeconds),
            options.WorkerDraft ? client : null);
    }

    /// <summary>
    /// Microsoft.Extensions.AI's <see cref="IChatClient"/> over the OpenAI client rather than a Semantic Kernel kernel:
    /// the bot needs one chat completion per feature, no plugins, planners or memory; Semantic Kernel 1.82's OpenAI
    /// connector is itself this same OpenAI client behind the same abstraction, so this is the same wire protocol with
    /// two packages instead of a dozen. One OpenAI-compatible client serves Azure OpenAI's v1 API, vLLM and Ollama alike.
    /// </summary>
    private static IChatClient CreateChatClient(LlmOptions options, HttpClient http)
    {
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint),
            // The brain's time limit decides; a retry would only spend it. The network timeout is a second fence.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout,
            Transport = new HttpClientPipelineTransport(http),
        };
        // A server that asks no key (a local Ollama) still gets one: the OpenAI client will not send a request without.
        var key = new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey);
        return new OpenAI.Chat.ChatClient(options.Model, key, clientOptions).AsIChatClient();
    }
}
