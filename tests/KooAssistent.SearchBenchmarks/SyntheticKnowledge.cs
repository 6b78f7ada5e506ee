using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.SearchBenchmarks;

/// <summary>
/// A knowledge base of any size made from the real articles' words: each synthetic article mixes words of two real
/// ones, so the vocabulary, word lengths and posting lists grow the way a real base would.
/// </summary>
internal static class SyntheticKnowledge
{
    public static IReadOnlyList<Article> Grow(IReadOnlyList<Article> real, int count)
    {
        var random = new Random(2026);
        var dutch = real.Where(article => article.Language == "nl").ToArray();
        var words = dutch.SelectMany(article => $"{article.Title} {string.Join(' ', article.Questions)} {article.Body}".Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var a = dutch[random.Next(dutch.Length)];
            string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
            articles.Add(a with
            {
                Id = $"synthetisch-{i}",
                Title = Words(5),
                Questions = [.. Enumerable.Range(0, 6).Select(_ => Words(8))],
                Keywords = [.. Enumerable.Range(0, 6).Select(_ => Words(1))],
                Body = Words(120),
                Related = [],
            });
        }

        return articles;
    }
}
