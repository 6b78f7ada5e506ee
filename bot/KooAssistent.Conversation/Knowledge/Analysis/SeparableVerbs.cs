namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// Dutch splits many verbs in a sentence: "hoe vraag ik huurtoeslag aan" means "aanvragen", "hij haalt de
/// kinderen niet op" means "ophalen". Joins a particle with a verb form a few words before it when the knowledge
/// knows the joined verb, so such questions meet articles that write the verb whole.
/// </summary>
public sealed class SeparableVerbs(IReadOnlySet<string> knownStems, Func<string, string> stem)
{
    /// <summary>How far before its particle a verb may stand ("ik betaal elke maand een deel van de schuld af").</summary>
    public const int Reach = 8;

    private static readonly HashSet<string> Particles =
        new(["aan", "op", "af", "uit", "in", "mee", "terug", "door", "om", "toe", "weg", "langs", "bij", "vast"], StringComparer.Ordinal);

    // Articles, pronouns and the like are never the verb: "een … in" is not "ineens", "een … op" not "opeens".
    private static readonly HashSet<string> NeverVerbs =
        new(["een", "de", "het", "die", "dat", "dit", "deze", "je", "jij", "jou", "ik", "me", "mij", "mijn", "mn", "we", "wij", "ze", "zij", "hij", "hem", "haar", "hun", "ons", "onze", "u", "uw", "er", "en", "of", "maar", "als", "dan", "ook", "nog", "al", "wel", "niet", "geen", "zo", "dus", "wat", "hoe", "waar", "wie"], StringComparer.Ordinal);

    /// <summary>The stems of joined verbs found in <paramref name="words"/>, each with the verb form it came from.</summary>
    public IEnumerable<(string Stem, string Verb)> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var particle = 1; particle < words.Count; particle++)
        {
            if (!Particles.Contains(words[particle]))
            {
                continue;
            }

            for (var verb = particle - 1; verb >= Math.Max(0, particle - Reach); verb--)
            {
                if (Particles.Contains(words[verb]) || NeverVerbs.Contains(words[verb]) || words[verb].Length < 2)
                {
                    continue;
                }

                if (Join(words[particle], words[verb]) is { } joined)
                {
                    yield return (joined, words[verb]);
                    break;
                }
            }
        }
    }

    private string? Join(string particle, string form)
    {
        foreach (var candidate in Candidates(form))
        {
            var joined = stem(particle + candidate);
            if (knownStems.Contains(joined))
            {
                return joined;
            }
        }

        return null;
    }

    /// <summary>The verb form as typed, without the -t of "haalt", and as an infinitive ("vraag" → "vragen").</summary>
    private static IEnumerable<string> Candidates(string form)
    {
        yield return form;
        var root = form.Length > 3 && form[^1] == 't' ? form[..^1] : form;
        if (root != form)
        {
            yield return root;
        }

        // A long vowel before the last consonant is written single before -en: haal → halen, vraag → vragen.
        var infinitive = root.Length >= 3 && root[^2] == root[^3] && "aeou".Contains(root[^2], StringComparison.Ordinal)
            ? root[..^2] + root[^1] + "en"
            : root + "en";
        yield return infinitive;
    }
}
