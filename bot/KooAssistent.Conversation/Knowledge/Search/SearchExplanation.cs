using System.Globalization;
using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Knowledge.Search;

/// <summary>
/// How search read a question, as <c>koo kb why</c> prints it and the Inzicht page shows it for a group of
/// unanswered questions: the analyzed terms, then each article with its confidence and the terms that matched where.
/// </summary>
public static class SearchExplanation
{
    public static void Write(SearchResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Question terms ({result.Language}): {string.Join(", ", result.Query.Select(term => term.Origin == TermOrigin.Word ? term.Term : $"{term.Term} [{term.Origin.ToString().ToLowerInvariant()} of '{term.Source}']"))}");
        if (result.Hits.Count == 0)
        {
            output.WriteLine("No article matches any of these terms.");
            return;
        }

        var rank = 0;
        foreach (var hit in result.Hits)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{++rank}. {hit.Article.Id}  confidence {hit.Confidence:0.00}  coverage {hit.Coverage:0.00}  score {hit.Score:0.00}"));
            foreach (var match in hit.Matches.OrderByDescending(match => match.Contribution))
            {
                var fields = string.Join(", ", match.Fields.Select(field => field.ToString().ToLowerInvariant()));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     {match.Term,-24} from '{match.Source}' ({match.Origin.ToString().ToLowerInvariant()}) in {fields}: {match.Contribution:0.00}"));
            }
        }
    }
}
