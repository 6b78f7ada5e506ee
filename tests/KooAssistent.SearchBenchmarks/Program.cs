using BenchmarkDotNet.Running;
using KooAssistent.SearchBenchmarks;

// dotnet run -c Release --project tests/KooAssistent.SearchBenchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
