using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Cli.Eval;

/// <summary>Routes as they are written in evaluation files: answer, clarify, handoff, crisis, outOfScope.</summary>
internal static class RouteNames
{
    public static string Of(Route route) => route switch
    {
        Route.Answer => "answer",
        Route.Clarify => "clarify",
        Route.Handoff => "handoff",
        Route.Crisis => "crisis",
        Route.OutOfScope => "outOfScope",
        _ => route.ToString(),
    };
}
