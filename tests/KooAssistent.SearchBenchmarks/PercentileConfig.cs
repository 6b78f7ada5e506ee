using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace KooAssistent.SearchBenchmarks;

/// <summary>Adds the median and p95 columns the targets are stated in.</summary>
internal sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
