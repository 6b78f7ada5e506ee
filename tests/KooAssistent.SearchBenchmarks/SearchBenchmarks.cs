using BenchmarkDotNet.Attributes;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.SearchBenchmarks;

/// <summary>
/// Latency and allocations of one search, on the shipped knowledge and on synthetic bases of 1,000 and 10,000
/// articles. Targets: p50 at most 50 µs on the real base and at most 1 ms at 10,000 articles.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class SearchBenchmarks
{
    // Resident-style questions: plain, misspelled, a compound, English, and one the knowledge does not cover.
    private static readonly (string Text, string Language)[] Questions =
    [
        ("ik heb schulden en weet niet waar ik moet beginnen", "nl"),
        ("deurwarder staat voor de deur", "nl"),
        ("schuldhulpverlening aanvragen", "nl"),
        ("mijn peuter heeft driftbuien", "nl"),
        ("we gaan scheiden hoe vertel ik het de kinderen", "nl"),
        ("i feel lonely since i moved here", "en"),
        ("hoe laat gaat de bus", "nl"),
    ];

    private KnowledgeIndex index = null!;

    [Params(0, 1_000, 10_000)]
    public int SyntheticArticles { get; set; }

    [ParamsSource(nameof(QuestionNumbers))]
    public int Question { get; set; }

    public static IEnumerable<int> QuestionNumbers => Enumerable.Range(0, Questions.Length);

    [GlobalSetup]
    public void BuildIndex()
    {
        var knowledge = KnowledgeBase.Load(KnowledgeFolder.Locate(null, AppContext.BaseDirectory));
        var articles = SyntheticArticles == 0 ? knowledge.Articles : SyntheticKnowledge.Grow(knowledge.Articles, SyntheticArticles);
        index = KnowledgeIndex.Build(articles, knowledge.Synonyms, Stemmers.For);
    }

    [Benchmark]
    public SearchResult Search()
    {
        var (text, language) = Questions[Question];
        return index.Search(text, language, top: 3);
    }
}
