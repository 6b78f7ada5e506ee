using KooAssistent.Conversation.Understanding.Concepts;
using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// The classifier's crisis vote on each passage of two sentences in a longer message. One sentence of danger in a
/// long story about a parenting plan or arrears ("vorige week gooide hij een bord naar mijn hoofd") is outweighed by
/// everything around it when the whole message is read at once; read with only its neighbour, it stands out.
/// Two sentences rather than one keep what turns a sentence around ("… haha. nee serieus:").
/// </summary>
public static class PassageVotes
{
    public const int SentencesPerPassage = 2;

    /// <summary>A bound on the work per message: 4,000 characters rarely hold more sentences than this.</summary>
    public const int MaxPassages = 24;

    /// <summary>
    /// The passage whose crisis vote is highest; <see cref="JudgementVote.None"/> when the message is no longer than
    /// one passage (then the vote on the whole message is the same reading).
    /// </summary>
    public static JudgementVote Strongest(JudgementClassifier classifier, string message) => Strongest(classifier, message, new DangerTurnMemo());

    /// <param name="memo">What this turn has read for danger already: a passage's sentences are, as a rule, the message's own.</param>
    public static JudgementVote Strongest(JudgementClassifier classifier, string message, DangerTurnMemo memo)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(message);
        var sentences = SentenceSplitter.Split(message).Where(sentence => sentence.Any(char.IsLetter)).ToList();
        var strongest = JudgementVote.None;
        if (sentences.Count <= SentencesPerPassage)
        {
            return strongest;
        }

        for (var start = 0; start + SentencesPerPassage <= sentences.Count && start < MaxPassages; start++)
        {
            var vote = classifier.Vote(string.Join(". ", sentences.Skip(start).Take(SentencesPerPassage)), memo);
            if (vote.Crisis > strongest.Crisis)
            {
                strongest = vote;
            }
        }

        return strongest;
    }
}
