using BenchmarkDotNet.Running;
using KooAssistent.SearchBenchmarks;

// dotnet run -c Release --project tests/KooAssistent.SearchBenchmarks -- --filter "*"
// dotnet run -c Release --project tests/KooAssistent.SearchBenchmarks -- --filter "*Understanding*"
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
