using System.Collections.Frozen;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Chat shorthand written out before the danger concepts are looked for: "kzou t liefst gwn verdwijnen" reads as
/// "ik zou het liefst gewoon verdwijnen". Only words that mean one thing in a chat.
/// </summary>
internal static class ChatShorthand
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nie"] = "niet",
        // "zw 34 wk": how pregnant women write it to each other; read only beside the warning signs of a pregnancy.
        ["zw"] = "zwanger",
        ["dr"] = "er",
        ["d'r"] = "er",
        ["wl"] = "wil",
        ["mise"] = "missen",
        ["misse"] = "missen",
        ["lve"] = "leven",
        ["lven"] = "leven",
        ["leve"] = "leven",
        ["dod"] = "dood",
        ["doood"] = "dood",
        ["nt"] = "niet",
        ["nit"] = "niet",
        ["wrm"] = "waarom",
        ["waarm"] = "waarom",
        ["kzou"] = "ik zou",
        ["kzie"] = "ik zie",
        ["tch"] = "toch",
        ["vnv"] = "vanavond",
        ["vr"] = "voor",
        ["w8"] = "wacht",
        ["kwil"] = "ik wil",
        ["kben"] = "ik ben",
        ["kheb"] = "ik heb",
        ["kga"] = "ik ga",
        ["kan't"] = "kan niet",
        ["gwn"] = "gewoon",
        ["bn"] = "ben",
        ["mn"] = "mijn",
        ["vn"] = "van",
        ["m'n"] = "mijn",
        ["zn"] = "zijn",
        ["z'n"] = "zijn",
        ["ie"] = "hij",
        ["t"] = "het",
        ["k"] = "ik",
        ["da"] = "dat",
        ["wa"] = "wat",
        ["vnavond"] = "vanavond",
        ["vanaaf"] = "vanaf",
        ["flouw"] = "flauw",
        ["flauwgevalle"] = "flauwgevallen",
        ["word"] = "wordt",
        ["ur"] = "your",
        ["wanna"] = "want to",
        ["gonna"] = "going to",
        ["cuz"] = "because",
        ["bc"] = "because",
        ["kzal"] = "ik zal",
        ["kmoet"] = "ik moet",
        ["kweet"] = "ik weet",
        ["khad"] = "ik had",
        ["kwas"] = "ik was",
        ["kdenk"] = "ik denk",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Slips that are English words, so they are written out only in a Dutch sentence: "een eind an maken", not "an overdose".</summary>
    private static readonly FrozenDictionary<string, string> DutchOnly = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["an"] = "aan",
        ["tege"] = "tegen",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Expand(string word, bool english)
    {
        if (Words.TryGetValue(word, out var written))
        {
            return written;
        }

        return !english && DutchOnly.TryGetValue(word, out var dutch) ? dutch : word;
    }
}
