using BenchmarkDotNet.Attributes;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.SearchBenchmarks;

/// <summary>How long building the index at start takes for the shipped knowledge (target: well under a second).</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private KnowledgeBase knowledge = null!;

    [GlobalSetup]
    public void Load() => knowledge = KnowledgeBase.Load(KnowledgeFolder.Locate(null, AppContext.BaseDirectory));

    [Benchmark]
    public KnowledgeIndex Build() => KnowledgeIndex.Build(knowledge);
}
