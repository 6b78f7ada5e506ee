namespace KooAssistent.Conversation.Tests;

/// <summary>
/// Tests that measure the process's processor time run alone, so that no other test's work is counted in it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessorTimeGroup
{
    public const string Name = "processor time";
}
