using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Knowledge.Menus;

namespace KooAssistent.Conversation.Tests.Dialog.Triage;

/// <summary>A small knowledge base (four Dutch articles, one English) and scripted detectors and search, so each rule of the triage can be tested on its own.</summary>
internal sealed class TriageFixture : IDisposable
{
    private readonly TestKnowledge knowledge = new(TestKnowledge.Organisations, TestKnowledge.ValidReplies);

    public TriageFixture()
    {
        AddArticle("nl", "geld", "geld-schulden", "Schulden: wat kun je doen?", "[geld-toeslagen]");
        AddArticle("nl", "geld", "geld-toeslagen", "Toeslagen aanvragen", "[geld-schulden]");
        AddArticle("nl", "opvoeden", "opvoeden-slapen", "Je kind slaapt slecht", "[]");
        AddArticle("nl", "scheiding", "scheiding-ouderschapsplan", "Het ouderschapsplan", "[]");
        AddArticle("en", "geld", "geld-schulden-en", "Debts: what can you do?", "[]", translationOf: "geld-schulden");
        File.WriteAllText(Path.Combine(knowledge.Root, "data", "themes.yaml"), """
            themes:
              - id: geld
                label: Geld en schulden
                labelEn: Money and debts
                articles: [geld-schulden, geld-toeslagen]
              - id: opvoeden
                label: Opvoeden
                labelEn: Parenting
                articles: [opvoeden-slapen]
            """);
        var knowledgeBase = KnowledgeBase.Load(knowledge.Folder);
        Content = new TriageContent(knowledgeBase, ThemeMenus.Load(knowledge.Folder, knowledgeBase.Articles));
    }

    public TriageContent Content { get; }

    public ScriptedSearch Search { get; } = new();

    public Article Article(string id) => Content.Find(id)!;

    public TriageDecider Decider() => new(Content, Search);

    public void Dispose() => knowledge.Dispose();

    private void AddArticle(string language, string theme, string id, string title, string related, string? translationOf = null) =>
        knowledge.AddArticle($"{language}/{theme}/{id}.md", $"""
            ---
            id: {id}
            theme: {theme}
            title: "{title}"
            language: {language}
            questions: [vraag een, vraag twee]
            keywords: [woord]
            related: {related}
            contacts: [koo]
            sources: [https://kijkopkoo.nl/grote-waardering-voor-koo]
            reviewed: 2026-11-01
            owner: redactie-koo
            {(translationOf is null ? string.Empty : "translationOf: " + translationOf)}
            ---
            Tekst van {id}. Bel {'{'}koo.phone{'}'}.
            """);
}
