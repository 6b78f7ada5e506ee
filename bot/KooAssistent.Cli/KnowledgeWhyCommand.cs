using System.CommandLine;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo kb why "question"</c>: shows how search reads a question and why each article scores as it does, so an
/// editor can see which example question or keyword is missing.
/// </summary>
internal static class KnowledgeWhyCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question as a resident would type it." };
        var language = new Option<string>("--language") { Description = "The language to search in (nl or en).", DefaultValueFactory = _ => "nl" };
        var top = new Option<int>("--top") { Description = "How many articles to show.", DefaultValueFactory = _ => 5 };
        var knowledge = KnowledgeOption.Create();
        var why = new Command("why", "Explain which articles search finds for a question, with confidence and matched terms per field.")
        {
            question, language, top, knowledge,
        };
        why.SetAction(parse => Explain(parse.GetValue(question)!, parse.GetValue(language)!, parse.GetValue(top), parse.GetValue(knowledge), Console.Out));
        return why;
    }

    internal static int Explain(string question, string language, int top, DirectoryInfo? knowledgeFolder, TextWriter output)
    {
        KnowledgeBase knowledge;
        try
        {
            knowledge = KnowledgeBase.Load(KnowledgeOption.Locate(knowledgeFolder));
        }
        catch (KnowledgeException exception)
        {
            output.WriteLine($"koo kb why: {exception.Message}");
            return 2;
        }

        var result = KnowledgeIndex.Build(knowledge).Search(question, language, Math.Clamp(top, 1, 50));
        SearchExplanation.Write(result, output);
        return 0;
    }
}
