using KooAssistent.Benchmarks;

// A load benchmark, not a test: run it on purpose, in Release (see OptionsParser.Usage).
var options = OptionsParser.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(string.IsNullOrEmpty(error) ? OptionsParser.Usage : $"{error}\n\n{OptionsParser.Usage}");
    return string.IsNullOrEmpty(error) ? 0 : 2;
}

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = true;
    interrupted.Cancel();
};

await using var target = options.Url is { } url ? TargetBot.Remote(url) : TargetBot.StartInProcess();
if (options.IdleStreams is { } idle)
{
    Console.Error.WriteLine($"Opening {idle} idle conversations with a stream each against {target.BaseAddress} (bot process {options.BotProcessId}) ...");
    var idleResult = await new IdleStreamsRunner(options).RunAsync(target.BaseAddress, interrupted.Token);
    Console.Write(IdleStreamsReport.Format(options, target, idleResult));
    return idleResult.Passed ? 0 : 1;
}

if (options.Rate is { } rate)
{
    Console.Error.WriteLine($"Running open loop, {rate} messages/s over {options.Conversations} conversations for {options.Duration.TotalSeconds} s against {target.BaseAddress} ...");
    var openLoop = await new OpenLoopRunner(options).RunAsync(target.BaseAddress, interrupted.Token);
    Console.Write(OpenLoopReport.Format(options, target, openLoop));
    return openLoop.Passed ? 0 : 1;
}

Console.Error.WriteLine($"Running {options.Conversations} x {options.Turns} turns over {options.Transport} against {target.BaseAddress} ...");
var result = await new BenchmarkRunner(options).RunAsync(target.BaseAddress, interrupted.Token);
Console.Write(SummaryReport.Format(options, target, result));
return result.Passed ? 0 : 1;
