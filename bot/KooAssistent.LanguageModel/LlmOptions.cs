namespace KooAssistent.LanguageModel;

/// <summary>
/// Configuration section <c>Llm</c>: an optional language model on an OpenAI-compatible endpoint (Azure OpenAI in an EU
/// region, vLLM, Ollama). Off by default; while <see cref="Enabled"/> is false nothing is built and no call is made.
/// The feature switches only count when it is on; each turns one use of the model off on its own.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    public const double DefaultTimeoutSeconds = 3;

    public bool Enabled { get; set; }

    /// <summary>The OpenAI-compatible base address, up to and including <c>/v1</c> (<c>https://…openai.azure.com/openai/v1/</c>, <c>http://localhost:11434/v1</c>).</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The model name (for Azure OpenAI: the deployment name).</summary>
    public string Model { get; set; } = string.Empty;

    /// <summary>The key, from a secret; empty for a server that asks none (a local Ollama).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The longest a resident's turn waits for the model, all its calls in that turn together.</summary>
    public double TimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

    /// <summary>Each message the rules did not mark as crisis is read by the model too; it may only add a crisis or the danger question.</summary>
    public bool DangerSecondOpinion { get; set; } = true;

    /// <summary>A plain answer may be phrased by the model from its article, when the guard accepts it.</summary>
    public bool GroundedAnswers { get; set; } = true;

    /// <summary>At handoff the model drafts a three-line summary for the worker, shown beside the structured one; never sent to the resident.</summary>
    public bool WorkerDraft { get; set; } = true;
}
