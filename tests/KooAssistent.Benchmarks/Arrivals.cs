namespace KooAssistent.Benchmarks;

/// <summary>How open-loop messages are spaced: evenly, or as a Poisson process (exponential gaps) as independent residents are.</summary>
public enum Arrivals
{
    Poisson,
    Fixed,
}
