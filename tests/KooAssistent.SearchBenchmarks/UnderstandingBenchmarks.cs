using BenchmarkDotNet.Attributes;
using KooAssistent.Conversation.Dialog.Triage;

namespace KooAssistent.SearchBenchmarks;

/// <summary>
/// What reading one message costs the brain: language, the danger concepts and rules, the classifier's votes (on the
/// message and on the conversation so far), life domains, dialogue acts and personal numbers. Target: under 1 ms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class UnderstandingBenchmarks
{
    private static readonly (string Message, string[] Earlier)[] Messages =
    [
        ("hoe vraag ik huurtoeslag aan", []),
        ("ik wil niet meer leven", []),
        ("mijn man heeft me vannacht geslagen en nu zit ik met de kinderen op de wc met de deur op slot", []),
        ("ik heb 6000 euro schuld, mijn vriend is vertrokken, de huur is al twee maanden niet betaald en mijn zoon gaat niet meer naar school. ik weet het echt niet meer", []),
        ("en nu staat de deurwaarder ook nog voor de deur", ["mijn ex betaalt de alimentatie niet", "ik kan de huur niet betalen"]),
        ("i'm scared of him, he drinks and throws things", []),
    ];

    private readonly DetectorMessageReader reader = new();

    [ParamsSource(nameof(MessageNumbers))]
    public int Message { get; set; }

    public static IEnumerable<int> MessageNumbers => Enumerable.Range(0, Messages.Length);

    [Benchmark]
    public MessageReading Read()
    {
        var (message, earlier) = Messages[Message];
        return reader.Read(message, earlier);
    }
}
