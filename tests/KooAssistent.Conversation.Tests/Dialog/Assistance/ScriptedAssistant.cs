using KooAssistent.Conversation.Dialog.Assistance;

namespace KooAssistent.Conversation.Tests.Dialog.Assistance;

/// <summary>A hand-written model for the brain's tests: answers as scripted, records what it was given.</summary>
internal sealed class ScriptedAssistant(
    Func<CancellationToken, Task<DangerOpinion>>? judge = null, Func<CancellationToken, Task<string?>>? phrase = null, Func<CancellationToken, Task<string?>>? draft = null)
    : IDangerSecondOpinion, IGroundedPhrasing, IWorkerDraft
{
    public List<string> Judged { get; } = [];

    public List<PhrasingRequest> Phrased { get; } = [];

    public List<string> Drafted { get; } = [];

    public static Func<CancellationToken, Task<T>> Returns<T>(T value) => _ => Task.FromResult(value);

    public static Func<CancellationToken, Task<T>> Throws<T>() => _ => Task.FromException<T>(new HttpRequestException("scripted"));

    /// <summary>Never answers; only the brain's time limit ends the wait.</summary>
    public static Func<CancellationToken, Task<T>> Hangs<T>() => async token =>
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    };

    public Task<DangerOpinion> JudgeAsync(RedactedText message, CancellationToken cancellationToken)
    {
        Judged.Add(message.Value);
        return (judge ?? Returns(DangerOpinion.NoDanger))(cancellationToken);
    }

    public Task<string?> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken)
    {
        Phrased.Add(request);
        return (phrase ?? Returns<string?>(null))(cancellationToken);
    }

    public Task<string?> DraftAsync(RedactedText residentWords, string language, CancellationToken cancellationToken)
    {
        Drafted.Add(residentWords.Value);
        return (draft ?? Returns<string?>(null))(cancellationToken);
    }
}
