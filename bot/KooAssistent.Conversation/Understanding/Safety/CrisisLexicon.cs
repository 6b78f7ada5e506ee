using System.Text.RegularExpressions;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Everyday idiom with dangerous-sounding words, set aside before the danger concepts are looked for, and the signs
/// that the writer is a child. Over normalised text (lower case, no accents, single spaces).
/// </summary>
internal static class CrisisLexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Everyday idiom with dangerous-sounding words, removed before the patterns look.</summary>
    public static readonly Regex Idiom = new(
        @"\b(ga|gaat|ging|gaan|ben|bijna) dood van (het lachen|de (honger|kou|dorst|stress|schaamte|verveling)|ergernis|verveling)"
        + @"|\b(schrik|schrok|schaam|verveel|werk|lach|erger|pieker|zoek|loop|schrikt|schaamt|verveelt) (me|mij|zich|je|ik me) (dood|kapot|rot|suf|een ongeluk)"
        + @"|\b(telefoon|batterij|accu|mobiel|laptop|gsm|phone|battery) (is |was |ging |gaat )?(bijna )?(dood|leeg)"
        + @"|\b(is|was) (bijna )?dood gegaan midden"
        + @"|\bzou (hem|haar|ze|hen) (wel )?(kunnen )?vermoorden"
        + @"|\bis killing me\b|\bkilling me\b"
        // Put out of the house: "mijn moeder heeft me eruit gegooid".
        + @"|\bzich(zelf)? (boos |kwaad )?opgesloten|\bkon (hem|haar|ze|je|hen) wel wurgen|\bcould (strangle|kill) (him|her|them)"
        + @"|\b(fire|fired|firing) (me|him|her|you|us|them)\b|\b(get|got|been|getting) fired\b"
        + @"|\bbang dat (hij|ze|zij|het|mijn baby|de baby) (stikt|verstikt|stopt met ademen)\b|\b(afraid|scared|terrified) (that )?(he|she|the baby) (will |might )?(choke|chokes|stop breathing)"
        + @"|\bsluit(en|t)? (ons|me|mij|hem|haar|jullie) op (\w+ ){1,3}af\b|\b(financiele|sociale|politieke|commerciele) zelfmoord\b"
        + @"|\bnoemt (het|dat) kindermishandeling|\bgeronseld (wordt |worden )?door (een |de )?(voetbal)?(club|scout|team|ploeg|vereniging)"
        + @"|\b(dat ik|zodat ik|alsof ik) (\w+ ){0,2}misbruik (maak|maken)\b"
        + @"|\bschiet (ik|je|jij|we|u|het|dat|dit) (\w+ ){0,3}op\b|\bschiet (eens |nou |toch )?op\b"
        + @"|\bgevlucht (uit|voor de oorlog|naar nederland)|\b(even |weleens )?een stem (wil |willen )?horen"
        + @"|\b(eruit|buiten|op straat|de deur uit|het huis uit) (heeft |hebben |had |hadden |is |werd |ben )?(gegooid|gezet)"
        + @"|\b(gooit|gooien|zet|zetten) (me|mij|ons|hem|haar) (er )?(\w+ )?uit\b|\bfell through\b",
        Options);

    /// <summary>Signs the writer is a child or young teenager, for the Kindertelefoon.</summary>
    public static readonly Regex ChildWriter = new(
        @"\bik ben (6|7|8|9|10|11|12|13|14|15|16)( jaar)?\b|\bi'?m (6|7|8|9|10|11|12|13|14|15|16)\b|\bi am (6|7|8|9|10|11|12|13|14|15|16)\b"
        + @"|\bik zit in groep [1-8]\b|\bmijn (juf|meester)\b|\btegen (mama|papa)\b"
        + @"|\b(papa|mama|mijn vader|mijn moeder|mijn stiefvader|mijn stiefmoeder) (slaat|sloeg|schopt|schreeuwt tegen) (mij|me)\b",
        Options);
}
