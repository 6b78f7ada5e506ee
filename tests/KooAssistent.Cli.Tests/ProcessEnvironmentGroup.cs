namespace KooAssistent.Cli.Tests;

/// <summary>
/// Tests that set the process's environment variables run alone: every bot host another test starts meanwhile
/// (<c>BotFactory</c>, the WhatsApp simulator) reads the same environment, and would take their model settings.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentGroup
{
    public const string Name = "process environment";
}
