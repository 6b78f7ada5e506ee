using System.CommandLine;
using System.Globalization;
using KooAssistent.Cli.Eval;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Understanding.Domains;
using KooAssistent.Conversation.Understanding.Judgement;
using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo safety why "message" ["next message" …]</c>: shows how the brain judged a conversation — per turn the
/// route with its reasons, and for the last turn the danger concepts and rules, the classifier's votes and the
/// life domains and pressure — so an editor can see why a danger was or was not recognised without a debugger.
/// </summary>
internal static class SafetyWhyCommand
{
    public static Command Create()
    {
        var turns = new Argument<string[]>("turns") { Description = "What the resident types, one argument per message.", Arity = ArgumentArity.OneOrMore };
        var knowledge = KnowledgeOption.Create();
        var why = new Command("why", "Explain the decision on each turn and what the danger reader, the classifier and the life-domain reader found in the last.")
        {
            turns, knowledge,
        };
        why.SetAction((parse, cancellationToken) => ExplainAsync(parse.GetValue(turns)!, parse.GetValue(knowledge), Console.Out, cancellationToken));
        return new Command("safety", "See how the bot judges danger, tangles and requests for a person.") { why };
    }

    internal static async Task<int> ExplainAsync(IReadOnlyList<string> turns, DirectoryInfo? knowledgeFolder, TextWriter output, CancellationToken cancellationToken)
    {
        KnowledgeBase knowledge;
        try
        {
            knowledge = KnowledgeBase.Load(KnowledgeOption.Locate(knowledgeFolder));
        }
        catch (KnowledgeException exception)
        {
            output.WriteLine($"koo safety why: {exception.Message}");
            return 2;
        }

        var decisions = await new EvalRunner(ConversationBrainFactory.Create(knowledge)).PlayAsync("why", turns, cancellationToken);
        for (var index = 0; index < decisions.Count; index++)
        {
            var decision = decisions[index];
            output.WriteLine(decision is null
                ? $"turn {index + 1}: no decision"
                : $"turn {index + 1}: {RouteNames.Of(decision.Route)} {Show(decision.Theme)} {decision.ArticleId ?? string.Empty}".TrimEnd());
            foreach (var reason in decision?.Reasons ?? [])
            {
                output.WriteLine($"    {reason}");
            }
        }

        var last = turns[^1];
        var earlier = turns.Take(turns.Count - 1).ToList();
        WriteDanger(last, earlier, output);
        WriteVotes(last, earlier, output);
        WriteDomains(last, output);
        return 0;
    }

    private static void WriteDanger(string message, IReadOnlyList<string> earlier, TextWriter output)
    {
        output.WriteLine("danger concepts in the last turn: " + Joined(DangerReader.Features(message)));
        var findings = DangerReader.Read(message, earlier);
        output.WriteLine(findings.Count == 0 ? "danger rules: none fired" : "danger rules:");
        foreach (var finding in findings)
        {
            output.WriteLine($"    {(finding.Certain ? "certain " : "possible")} {finding}");
        }
    }

    private static void WriteVotes(string message, List<string> earlier, TextWriter output)
    {
        var model = JudgementModel.Shipped;
        var manifest = model.Manifest;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classifier thresholds: crisis {manifest.CrisisThreshold:0.00}, ask {manifest.AskThreshold:0.00}, tangle {manifest.MultiProblemThreshold:0.00}, person {manifest.PersonRequestThreshold:0.00}, one question {manifest.SingleQuestionThreshold:0.00}"));
        WriteVote("classifier on the last turn", model.Classifier.Vote(message), output);
        if (earlier.Count > 0)
        {
            WriteVote("classifier on the conversation", model.Classifier.Vote(string.Join(JudgementCorpus.TurnSeparator, earlier.Append(message))), output);
        }
    }

    private static void WriteVote(string title, JudgementVote vote, TextWriter output)
    {
        var classes = vote.Probabilities.OrderByDescending(pair => pair.Value).Where(pair => pair.Value >= 0.01f)
            .Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value:0.00}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: crisis {vote.CrisisWithoutConcepts:0.00} ({(vote.Bearing ? "a danger concept bears it" : "no danger concept: the vote does not count below the ungated line")}); {string.Join(", ", classes)}"));
    }

    private static void WriteDomains(string message, TextWriter output)
    {
        var reading = LifeDomainDetector.Read(message);
        output.WriteLine("life domains in the last turn: " + Joined(reading.Domains.Select(evidence => $"{evidence.Domain} ('{evidence.Evidence}')")));
        output.WriteLine("pressure in the last turn: " + Joined(reading.Pressure.Select(signal => $"{signal.Kind} ('{signal.Evidence}')")));
    }

    private static string Joined(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private static string Show(string theme) => theme.Length == 0 ? "(no theme)" : theme;
}
