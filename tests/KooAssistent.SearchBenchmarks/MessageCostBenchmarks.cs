using System.Text;
using BenchmarkDotNet.Attributes;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.SearchBenchmarks;

/// <summary>
/// What one turn of the real brain costs for a short question, a long real question, and 4,096 characters of
/// nonsense (the kind that kept typo correction busiest): the security review measured up to 67 ms of CPU for the
/// last against about 5 ms normally. Target: nonsense costs no more than a real message of the same length.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class MessageCostBenchmarks
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["short question"] = "ik heb schulden en de deurwaarder staat voor de deur, wat moet ik doen?",
        ["long question (1,259 chars)"] = string.Join(' ', Enumerable.Repeat("mijn peuter krijgt steeds driftbuien in de winkel, wat doe ik?", 20)),
        ["nonsense (4,096 chars)"] = Nonsense(4096),
    };

    private IConversationBrain brain = null!;

    [ParamsSource(nameof(Kinds))]
    public string Kind { get; set; } = string.Empty;

    public static IEnumerable<string> Kinds => Messages.Keys;

    [GlobalSetup]
    public void BuildBrain() => brain = ConversationBrainFactory.Create(KnowledgeBase.Load(KnowledgeFolder.Locate(null, AppContext.BaseDirectory)));

    [Benchmark]
    public TurnResult Turn() =>
        brain.RespondAsync(new TurnRequest("benchmark", "directline", TurnTrigger.Message, Activity.Message(Messages[Kind]), "nl-NL", State: null), CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();

    private static string Nonsense(int length)
    {
        var random = new Random(67);
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            var word = random.Next(4, 12);
            for (var letter = 0; letter < word && text.Length < length; letter++)
            {
                text.Append((char)('a' + random.Next(26)));
            }

            text.Append(' ');
        }

        return text.ToString(0, length);
    }
}
