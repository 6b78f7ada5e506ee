namespace KooAssistent.Cli.Eval.Llm;

/// <summary>The three uses of the model the brain may make, each measured on its own.</summary>
internal enum ModelFeature
{
    SecondOpinion,
    Phrasing,
    WorkerDraft,
}
