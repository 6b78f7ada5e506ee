using System.Text.RegularExpressions;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// The phrases that mean danger, over normalised text (lower case, no accents, single spaces). Kept in code, not in
/// the knowledge folder, so that editing content can never weaken the safety net. When in doubt a phrase is in:
/// a missed crisis is the worst failure, an unneeded help line is a small cost.
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
        + @"|\bis killing me\b|\bkilling me\b",
        Options);

    public static readonly (SafetyConcern Concern, Regex Pattern)[] Patterns =
    [
        (SafetyConcern.Suicide, new(
            @"\bzelf ?moo?r[dt]\w*|\bzelfdoding|\bsui?ci[dt]\w*|\bsuizid\w*"
            + @"|\b(wil|wou|wilde|zou willen|want to|wanna|wish i (was|were)) (gewoon |echt |graag |het liefst |eigenlijk |soms |alleen nog )*(dood|sterven|die|dead)\b"
            + @"|\bwil ik (gewoon |echt |eigenlijk |liever |het liefst |soms )*dood\b|\bdood (willen|wil|te) (gaan|zijn)|\bover dood willen"
            + @"|\b(wil|wilt|wou|willen) (nie|niet|niet meer|nie meer|nooit meer) ?(meer )?(leve|leven)\b|\bniet meer (wil|willen|wilt) leven"
            + @"|\b(er|hier) niet meer (zijn|wil zijn|ben|was|zou zijn|wil)\b|\bnot (be )?(here|alive) anymore"
            + @"|\b(niemand|nobody|no one) (zou|zal|would|will) (me|mij) (missen|mis|miss)\b|\bniemand zou me missen|\b(nobody|no one|noone) (would|will|is going to) miss me|\bif i (was|were) gone"
            + @"|\bgeen uitweg|\bno way out"
            + @"|\b(eind|einde|end) (aan|to) (maken|make|maak|mijn leven|m'n leven|mn leven|het leven|my life|it all|it)\b|\bend (it all|my life)\b|\bending (my|it)\b"
            + @"|\bhet hoeft (voor mij )?(allemaal )?niet meer|\bhoeft allemaal niet meer"
            + @"|\bbeter af zonder (mij|me)|\bbetter off without me|\biedereen (alleen maar )?tot last"
            + @"|\bnooit meer wakker|\bnever wake up"
            + @"|\bafscheidsbrie\w*|\bsuicide note|\bgoodbye (letter|note)s?"
            + @"|\b(snij|snijd|snijdt|kras|krast|beschadig|sla) (ik )?(mezelf|mijzelf|me zelf)|\bmezelf (snijden|krassen|pijn doen|iets aan(doen| te doen))"
            + @"|\b(zichzelf|mezelf|mijzelf|zelf) iets (wil |gaat |zal )?(aandoen|aan te doen|aan doen)"
            + @"|\bkill (myself|my self)|\bkms\b|\bhurt(ing)? myself|\bcut(ting)? myself|\bself ?harm\w*"
            + @"|\b(dont|don't|do not) want to (be alive|live|exist)|\bno reason to live|\bwant to be dead"
            + @"|\b(pillen|tabletten|medicijnen|slaappillen) (gespaard|verzameld|opgespaard)"
            + @"|\b(pillen|slaappillen|tabletten|medicijnen)\b.{0,60}\b(neem|slik|nemen|slikken) (ik )?(ze )?(allemaal|in een keer|tegelijk)"
            + @"|\ber (\w+ ){0,2}(een )?(eind|einde) aan\b"
            + @"|\bsamob[oó]j\w*|\bzabi[cć] si[eę]|\bsi[eę] zabi[cć]|\bnie chc[eę] (juz |już )?(zyc|żyć|zyć)"
            + @"|\bintihar\w*|\byasamak istemiyorum|\byaşamak istemiyorum|\bkendimi oldur\w*|\bkendimi öldür\w*"
            + @"|انتحار|اقتل نفسي|أقتل نفسي|لا اريد ان اعيش|لا أريد أن أعيش",
            Options)),
        (SafetyConcern.Medical, new(
            @"\boverdosis|\boverdose|\b(te ?veel|too many) (pillen|pils|pills|tabletten|medicijnen|slaappillen)"
            + @"|\b(strip|doosje|potje|pot|handvol) (pillen|tabletten|medicijnen|slaappillen) (ingenomen|geslikt|genomen|op)"
            + @"|\b(pillen|tabletten|medicijnen) (ingenomen|geslikt)"
            + @"|\breageert (niet|nergens) (meer )?|\bkrijg (hem|haar|hen) niet (meer )?wakker|\bniet (meer )?wakker te krijgen"
            + @"|\bademt niet|\bkan niet (meer )?ademen|\bcan'?t breathe|\bnot breathing|\bbewusteloos|\bunconscious"
            + @"|\bhartaanval|\bheart attack|\bbloedt (heel )?(erg|veel)",
            Options)),
        (SafetyConcern.Violence, new(
            @"\b(slaat|sloeg|schopt|schopte|wurgt|wurgde|trapt|mishandelt|mishandelde) (me|mij|ons)\b"
            + @"|\b(hits|beats|hit|beat|kicks|chokes|choked|strangled) (me|us)\b|\bhuiselijk geweld|\bdomestic (violence|abuse)"
            + @"|\b(gedreigd|dreigt|dreigde|bedreigt|bedreigd|threaten\w*) .{0,40}(aan te doen|aandoen|vermoorden|dood te maken|doodmaken|pijn te doen|slaan|hurt|kill)"
            + @"|\b(bedreigt|bedreigd|threatens|threatening) (me|mij|ons|us)\b"
            + @"|\b(me|mij) (gaat|wil|zal|komt) (vermoorden|doodmaken|doodsteken|neersteken)|\bgaat (me|mij) (vermoorden|doodmaken)"
            + @"|\bmet een (mes|pistool|vuurwapen|wapen|bijl)\b|\bwith a (knife|gun)\b"
            + @"|\bbang dat hij (me|mij) (iets )?(aandoet|vermoordt|doodmaakt)|\b(scared|afraid) to go home"
            + @"|\b(ben|voel me) (thuis )?(niet veilig|onveilig) (thuis|bij hem|bij haar)",
            Options)),
        (SafetyConcern.ChildHarmed, new(
            @"\b(slaat|sloeg|schopt|schopte|mishandelt|mishandelde|misbruikt|verwaarloost) (zijn|haar|mijn|de|onze|hun) (kind|kinderen|zoon|dochter|zoontje|dochtertje|baby|kids)\b"
            + @"|\bkindermishandeling|\bchild abuse"
            + @"|\b(vader|moeder|papa|mama|stiefvader|stiefmoeder|vriend van mijn moeder) (slaat|sloeg|schopt) (mij|me)\b",
            Options)),
        (SafetyConcern.SexualViolence, new(
            @"\bverkracht\w*|\baangerand\w*|\bsexueel misbruik\w*|\bseksueel misbruik\w*|\bmisbruikt\b|\bzit (aan|aan mij|aan me) en\b|\bzit aan (me|mij)\b|\bbetast\w*"
            + @"|\braped?\b|\bsexual(ly)? (assault|abuse)\w*|\bmolest\w*"
            + @"|\bchanteert .{0,60}(naakt|naaktfoto\w*|foto)|\bsextortion|\bnaaktfoto'?s .{0,30}(verspreiden|chanteert|dreigt)",
            Options)),
    ];

    /// <summary>Signs the writer is a child or young teenager, for the Kindertelefoon.</summary>
    public static readonly Regex ChildWriter = new(
        @"\bik ben (6|7|8|9|10|11|12|13|14|15|16)( jaar)?\b|\bi'?m (6|7|8|9|10|11|12|13|14|15|16)\b|\bi am (6|7|8|9|10|11|12|13|14|15|16)\b"
        + @"|\bik zit in groep [1-8]\b|\bmijn (juf|meester)\b|\btegen (mama|papa)\b"
        + @"|\b(papa|mama|mijn vader|mijn moeder|mijn stiefvader|mijn stiefmoeder) (slaat|sloeg|schopt|schreeuwt tegen) (mij|me)\b",
        Options);
}
