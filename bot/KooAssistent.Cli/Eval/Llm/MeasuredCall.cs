namespace KooAssistent.Cli.Eval.Llm;

/// <summary>One call the brain made to the model during an eval.</summary>
internal sealed record MeasuredCall(ModelFeature Feature, CallOutcome Outcome, TimeSpan Elapsed);
