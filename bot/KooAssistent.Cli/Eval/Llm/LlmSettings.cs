using KooAssistent.LanguageModel;
using Microsoft.Extensions.Configuration;

namespace KooAssistent.Cli.Eval.Llm;

/// <summary>
/// The model's settings for <c>koo eval --llm</c>, read as the bot reads them: the <c>Llm</c> section of an
/// appsettings-style JSON file when one is given, then environment variables (<c>Llm__Endpoint</c>, …), which win as
/// they do for the bot; checked by the bot's own <see cref="LlmOptionsValidator"/>.
/// </summary>
internal static class LlmSettings
{
    public static IConfiguration Read(FileInfo? configFile)
    {
        var builder = new ConfigurationBuilder();
        if (configFile is not null)
        {
            builder.AddJsonFile(configFile.FullName, optional: false);
        }

        return builder.AddEnvironmentVariables().Build();
    }

    /// <summary>
    /// The options with the model on, whatever <c>Llm:Enabled</c> says (asking for <c>--llm</c> is switching it on), or
    /// null and why not: a value that is not of its type, or what the validator refuses. Never repeats the key.
    /// </summary>
    public static LlmOptions? Bind(IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new LlmOptions();
        try
        {
            configuration.GetSection(LlmOptions.SectionName).Bind(options);
        }
        catch (InvalidOperationException exception)
        {
            problems = [exception.Message];
            return null;
        }

        options.Enabled = true;
        var verdict = new LlmOptionsValidator().Validate(null, options);
        problems = verdict.Failed ? [.. verdict.Failures] : [];
        return verdict.Failed ? null : options;
    }
}
