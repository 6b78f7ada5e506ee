using KooAssistent.Conversation.Dialog.Assistance;
using KooAssistent.LanguageModel;
using Microsoft.Extensions.Options;

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
            return options.Enabled
                ? ModelAssistanceFactory.Create(options, services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), services.GetRequiredService<ILoggerFactory>())
                : ModelAssistance.None;
        });
        return builder;
    }
}
