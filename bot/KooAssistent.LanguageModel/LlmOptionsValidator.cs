using Microsoft.Extensions.Options;

namespace KooAssistent.LanguageModel;

/// <summary>
/// A model switched on but half configured would fail at a resident's first message, silently (the turn goes on without
/// it). Checked at start instead, naming the key and never repeating the key's value.
/// </summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public const double ShortestTimeoutSeconds = 0.1;

    public const double LongestTimeoutSeconds = 30;

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = LlmOptions.SectionName;
        var failures = new List<string>();
        if (double.IsNaN(options.TimeoutSeconds) || options.TimeoutSeconds < ShortestTimeoutSeconds || options.TimeoutSeconds > LongestTimeoutSeconds)
        {
            failures.Add($"{Section}:TimeoutSeconds must be between {ShortestTimeoutSeconds} and {LongestTimeoutSeconds}: a resident waits this long at most.");
        }

        if (!options.Enabled)
        {
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (!IsEndpoint(options.Endpoint))
        {
            failures.Add($"{Section}:Endpoint must be an absolute https address (http only on loopback) of an OpenAI-compatible API, e.g. https://<resource>.openai.azure.com/openai/v1/, when {Section}:Enabled is true.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"{Section}:Model must name the model (for Azure OpenAI the deployment) when {Section}:Enabled is true.");
        }

        if (!options.DangerSecondOpinion && !options.GroundedAnswers && !options.WorkerDraft)
        {
            failures.Add($"{Section}:Enabled is true but every feature is off ({Section}:DangerSecondOpinion, {Section}:GroundedAnswers, {Section}:WorkerDraft); switch one on, or set {Section}:Enabled to false.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Resident text leaves the machine only encrypted, or not at all (a model server on the same host).</summary>
    private static bool IsEndpoint(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        && string.IsNullOrEmpty(url.UserInfo);
}
