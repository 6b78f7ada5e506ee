using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KooAssistent.Benchmarks;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Understanding.Acts;
using KooAssistent.Conversation.Understanding.Domains;
using KooAssistent.Conversation.Understanding.Judgement;
using KooAssistent.Conversation.Understanding.Language;
using KooAssistent.Conversation.Understanding.Privacy;
using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.SearchBenchmarks;

/// <summary>
/// Where a message's time and allocation go in the brain, part by part, over <see cref="Turns"/> turns, each with the
/// earlier turns of its conversation: the first turns of a blind evaluation set (real resident phrasing: crises, long
/// stories, traps, follow-ups), and the closed-loop load's conversations of 20 short questions (every turn after the
/// sixth with six earlier messages, as the brain remembers them). Every figure is per message. The parts overlap the way the reader calls them: the
/// classifier's votes include the danger features they read; <see cref="Read"/> is all of reading, <see cref="Turn"/>
/// the whole turn (reading, triage, search, reply, state).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 7)]
public class BrainReadingBenchmarks
{
    /// <summary>The turns measured; a constant because BenchmarkDotNet divides by it.</summary>
    private const int Turns = 256;

    private readonly DetectorMessageReader reader = new();
    private readonly JudgementClassifier classifier = JudgementModel.Shipped.Classifier;
    private (string Message, string[] Earlier)[] messages = [];
    private TurnRequest[] requests = [];
    private IConversationBrain brain = null!;

    /// <summary>The load benchmark's conversation length (tests/KooAssistent.Benchmarks, 50 x 20).</summary>
    private const int LoadTurns = 20;

    [Params("blind-57", "closed-loop")]
    public string Messages { get; set; } = string.Empty;

    [GlobalSetup]
    public void Load()
    {
        var lines = Messages == "closed-loop"
            ? Enumerable.Range(0, (Turns / LoadTurns) + 1).Select(conversation => Enumerable.Range(0, LoadTurns).Select(turn => SampleQuestions.For(conversation, turn)).ToArray()).ToList()
            : File.ReadLines(Path.Combine(AppContext.BaseDirectory, "eval", Messages + ".jsonl"))
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("turns").EnumerateArray().Select(turn => turn.GetString()!).ToArray()).ToList();
        messages = [.. lines.SelectMany(turns => turns.Select((turn, index) => (turn, turns.Take(index).TakeLast(TriageState.RememberedMessages).ToArray()))).Take(Turns)];
        brain = ConversationBrainFactory.Create(KnowledgeBase.Load(KnowledgeFolder.Locate(null, AppContext.BaseDirectory)));
        requests = [.. Requests(lines)];
    }

    [Benchmark(OperationsPerInvoke = Turns)]
    public int Turn()
    {
        var replies = 0;
        foreach (var request in requests)
        {
            replies += brain.RespondAsync(request, CancellationToken.None).AsTask().GetAwaiter().GetResult().Replies.Count;
        }

        return replies;
    }

    [Benchmark(OperationsPerInvoke = Turns)]
    public int Read() => Each((message, earlier) => reader.Read(message, earlier).Crisis.Count);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int Language() => Each((message, _) => LanguageDetector.Detect(message).Code.Length);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int Danger() => Each((message, earlier) => DangerReader.Read(message, earlier).Count);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int DangerFeatures() => Each((message, _) => DangerReader.Features(message).Count);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int OtherLanguages() => Each((message, _) => OtherLanguageDanger.Read(message).Count());

    [Benchmark(OperationsPerInvoke = Turns)]
    public int ClassifierMessage() => Each((message, _) => classifier.Vote(message).Bearing ? 1 : 0);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int ClassifierConversation() => Each((message, earlier) =>
        earlier.Length == 0 ? 0 : classifier.Vote(string.Join(JudgementCorpus.TurnSeparator, earlier.Append(message))).Bearing ? 1 : 0);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int ClassifierPassages() => Each((message, _) => PassageVotes.Strongest(classifier, message).Bearing ? 1 : 0);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int LifeDomains() => Each((message, _) => LifeDomainDetector.Read(message).Domains.Count);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int Personal() => Each((message, _) => PiiRedactor.Redact(message).Found.Count);

    [Benchmark(OperationsPerInvoke = Turns)]
    public int Acts() => Each((message, _) => DialogueActDetector.Read(message, "nl").IsVague ? 1 : 0);

    private int Each(Func<string, string[], int> read)
    {
        var sum = 0;
        foreach (var (message, earlier) in messages)
        {
            sum += read(message, earlier);
        }

        return sum;
    }

    /// <summary>Each turn with the state the brain handed back after the turns before it, as the host would store it.</summary>
    private IEnumerable<TurnRequest> Requests(IEnumerable<string[]> lines)
    {
        var count = 0;
        foreach (var turns in lines)
        {
            var state = brain.RespondAsync(new TurnRequest("benchmark", "directline", TurnTrigger.ConversationStarted, null, null, null), CancellationToken.None).AsTask().GetAwaiter().GetResult().State;
            foreach (var turn in turns)
            {
                var request = new TurnRequest("benchmark", "directline", TurnTrigger.Message, Activity.Message(turn), null, state);
                state = brain.RespondAsync(request, CancellationToken.None).AsTask().GetAwaiter().GetResult().State;
                yield return request;
                if (++count == Turns)
                {
                    yield break;
                }
            }
        }
    }
}
