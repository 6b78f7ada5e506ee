namespace KooAssistent.Conversation.Knowledge.Search;

/// <summary>
/// BM25F parameters. The example questions and keywords are written as residents ask, so they weigh most; the body
/// is written as an answer and weighs least. Short fields get little length normalisation.
/// </summary>
public static class SearchSettings
{
    public const double K1 = 1.2;

    public static double Weight(ArticleField field) => field switch
    {
        ArticleField.Title => 2.0,
        ArticleField.Questions => 3.0,
        ArticleField.Keywords => 2.5,
        _ => 1.0,
    };

    public static double LengthNormalisation(ArticleField field) => field switch
    {
        ArticleField.Body => 0.75,
        ArticleField.Questions => 0.5,
        _ => 0.3,
    };

    /// <summary>
    /// Coverage is the share of the question's information an article matches (0..1); a full match of every word in
    /// the questions field gives about 0.7. Confidence rises from 0 at <see cref="CoverageFloor"/> to 1 at
    /// <see cref="CoverageFull"/>.
    /// </summary>
    public const double CoverageFloor = 0.1;

    public const double CoverageFull = 0.35;

    /// <summary>
    /// The information (summed inverse document frequency) a question needs for full confidence: about one rare
    /// word. Below it, confidence shrinks in proportion, so a one-word question of a common word is asked back.
    /// </summary>
    public const double InformationFull = 3.5;

    /// <summary>
    /// The most information coverage is measured against: about three rare words. A long message that matches that
    /// much of one article is about it, whatever else it tells.
    /// </summary>
    public const double InformationCap = 10.0;
}
