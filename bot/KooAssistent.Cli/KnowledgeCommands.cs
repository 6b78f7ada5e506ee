using System.CommandLine;
using System.Globalization;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Validation;

namespace KooAssistent.Cli;

/// <summary><c>koo kb check</c> (and <c>koo kb why</c>): validates the knowledge folder as CI does, listing every issue with file and line.</summary>
internal static class KnowledgeCommands
{
    public static Command Create()
    {
        var check = new Command("check", "Check the knowledge: schema, ids, links, contacts, review dates, B1 readability. Exit code 1 on errors.");
        var knowledge = KnowledgeOption.Create();
        var today = new Option<string?>("--today") { Description = "Judge review dates as of this date (yyyy-mm-dd); default: today." };
        var quiet = new Option<bool>("--errors-only") { Description = "Do not list warnings." };
        check.Options.Add(knowledge);
        check.Options.Add(today);
        check.Options.Add(quiet);
        check.SetAction(parse => Check(parse.GetValue(knowledge), parse.GetValue(today), parse.GetValue(quiet), Console.Out));

        return new Command("kb", "Work with the knowledge base.") { check, KnowledgeWhyCommand.Create() };
    }

    internal static int Check(DirectoryInfo? knowledgeFolder, string? today, bool errorsOnly, TextWriter output)
    {
        DateOnly date;
        if (today is null)
        {
            date = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        }
        else if (!DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            output.WriteLine($"koo kb check: --today '{today}' is not a date as yyyy-mm-dd.");
            return 2;
        }

        KnowledgeFolder folder;
        try
        {
            folder = KnowledgeOption.Locate(knowledgeFolder);
        }
        catch (KnowledgeException exception)
        {
            output.WriteLine($"koo kb check: {exception.Message}");
            return 2;
        }

        var report = KnowledgeValidator.Validate(folder, date);
        foreach (var issue in report.Issues.Where(issue => !errorsOnly || issue.Severity == IssueSeverity.Error))
        {
            output.WriteLine(issue);
        }

        var errors = report.Errors.Count();
        var warnings = report.Issues.Count - errors;
        var perLanguage = string.Join(", ", report.Articles.GroupBy(article => article.Language).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => $"{group.Count()} {group.Key}"));
        output.WriteLine($"{folder.Root}: {report.Articles.Count} articles ({(perLanguage.Length == 0 ? "none" : perLanguage)}), {errors} error(s), {warnings} warning(s).");
        return errors == 0 ? 0 : 1;
    }
}
