using System.ClientModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KooAssistent.Conversation.Dialog.Assistance;
using Microsoft.Extensions.AI;

namespace KooAssistent.LanguageModel;

/// <summary>
/// The brain's language-model interfaces over one <see cref="IChatClient"/>. Every call ends in an answer the brain can
/// use or in "unavailable" — a timeout, an error status, a body that is not a chat completion — and is logged as a code,
/// never with the text sent or received. Only <see cref="RedactedText"/> is sent, with the article it is about.
/// </summary>
internal sealed class ChatModelClient(IChatClient chat, ILogger<ChatModelClient> logger) : IDangerSecondOpinion, IGroundedPhrasing, IWorkerDraft
{
    private static readonly CompositeFormat PhrasingPrompt = CompositeFormat.Parse(ModelPrompts.Phrasing);

    private static readonly CompositeFormat WorkerDraftPrompt = CompositeFormat.Parse(ModelPrompts.WorkerDraft);

    private static readonly ChatOptions WorkerDraftOptions = new() { Temperature = 0.2f, MaxOutputTokens = 200 };

    private static readonly ChatOptions DangerOptions = new() { Temperature = 0, MaxOutputTokens = 60 };

    public async Task<DangerOpinion> JudgeAsync(RedactedText message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var started = Stopwatch.GetTimestamp();
        var answer = await AskAsync("danger", [new(ChatRole.System, ModelPrompts.Danger), new(ChatRole.User, message.Value)], DangerOptions, cancellationToken);
        var opinion = answer is null ? DangerOpinion.Unavailable("error") : DangerAnswerReader.Read(answer);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var outcome = opinion.LogCode;
        LlmLog.SecondOpinion(logger, outcome, elapsed);
        return opinion;
    }

    public async Task<string?> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var instructions = string.Format(
            CultureInfo.InvariantCulture, PhrasingPrompt, request.ArticleBody.Length, request.Language == "en" ? "English" : "Dutch (Nederlands)", request.ArticleTitle, request.ArticleBody);
        // About four characters a token; the guard refuses anything longer than the article anyway.
        var options = new ChatOptions { Temperature = 0.2f, MaxOutputTokens = (request.ArticleBody.Length / 3) + 20 };
        var answer = await AskAsync("phrasing", [new(ChatRole.System, instructions), new(ChatRole.User, request.Question.Value)], options, cancellationToken);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LlmLog.Phrasing(logger, answer is null ? "unavailable" : "answered", elapsed);
        return string.IsNullOrWhiteSpace(answer) ? null : answer;
    }

    public async Task<string?> DraftAsync(RedactedText residentWords, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(residentWords);
        var started = Stopwatch.GetTimestamp();
        var instructions = string.Format(CultureInfo.InvariantCulture, WorkerDraftPrompt, language == "en" ? "English" : "Dutch (Nederlands)");
        var answer = await AskAsync("worker-draft", [new(ChatRole.System, instructions), new(ChatRole.User, residentWords.Value)], WorkerDraftOptions, cancellationToken);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LlmLog.WorkerDraft(logger, answer is null ? "unavailable" : "answered", elapsed);
        return string.IsNullOrWhiteSpace(answer) ? null : answer;
    }

    /// <summary>The model's text, or null when the call failed. Cancellation goes back to the brain, which owns the time limit.</summary>
    private async Task<string?> AskAsync(string feature, List<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var response = await chat.GetResponseAsync(messages, options, cancellationToken);
            return response.Text;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LlmLog.Failed(logger, feature, "timeout", 0);
            throw;
        }
        catch (ClientResultException failure)
        {
            LlmLog.Failed(logger, feature, nameof(ClientResultException), failure.Status);
            return null;
        }
#pragma warning disable CA1031 // A malformed body, a refused connection, the network timeout: all mean "no answer".
        catch (Exception failure)
#pragma warning restore CA1031
        {
            var errorType = failure.GetType().Name;
            LlmLog.Failed(logger, feature, errorType, 0);
            return null;
        }
    }
}
