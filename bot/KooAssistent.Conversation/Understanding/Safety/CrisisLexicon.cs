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
            + @"|\b(wil|wilt|wou|willen) ((echt|gewoon|eigenlijk|gwn|gewon|ook|al) )*(nie|niet|niet meer|nie meer|nooit meer) ?(meer )?(leve|leven)\b|\bniet meer (wil|willen|wilt) leven"
            + @"|\b(er|hier) (\w+ ){0,2}niet? meer (zijn|wil zijn|ben|was|zou zijn|wil|hoef te zijn)\b|\bnot (be )?(here|alive) anymore"
            + @"|\bgeen uitweg|\bno way out"
            + @"|\b(eind|einde|end) (aan|to) (maken|make|maak|mijn leven|m'n leven|mn leven|het leven|my life|it all|it)\b|\bend (it all|my life)\b|\bending (my|it)\b"
            + @"|\bhet hoeft (voor mij )?(allemaal )?niet meer|\bhoeft allemaal niet meer"
            + @"|\bbeter af zonder (mij|me)|\bbetter off without me|\biedereen (alleen maar )?tot last"
            + @"|\bnooit meer wakker|\bniet? meer wakker (te )?(worden|word|wordt)\b|\bnever wake up|\bnot wake up (again|anymore)"
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
        // Indirect phrasing, ways and means, and what a parent sees in a child: a second pattern, as one would grow
        // beyond what the non-backtracking engine builds.
        (SafetyConcern.Suicide, new(
            @"\bzie (het|t|dat) (echt |allemaal |gewoon |helemaal )?(niet|nie) meer zitten\b|\bklaar met (het|mijn|dit) leven\b|\bstoppen met leven\b"
            + @"|\b(hoeveel|welke|genoeg) (pillen|tabletten|slaappillen|paracetamol|medicijnen|oxazepam)\b.{0,60}\b(dood|sterven|niet meer wakker|nooit meer wakker|dodelijk|om te stoppen)"
            + @"|\bdodelijke (dosis|hoeveelheid)|\bhow many (pills|tablets)\b.{0,40}\b(die|dead|kill|wake)|\b(mezelf|me|mijzelf) (ophangen|verhangen|van kant maken|doden)\b"
            + @"|\b(voor (de|een) trein|van (de|een|het) (brug|dak|flat|balkon)) (\w+ ){0,3}(springen|spring|gooien|gooi|stappen)\b|\bjump (off|in front of)\b"
            + @"|\b(wou|wil|wilde|zou willen|wenst) dat (ik|ze|hij|zij) (\w+ ){0,2}dood (was|waren|ben|is|zou zijn)\b|\bwish(es|ed)? (she|he|i) (was|were) dead"
            + @"|\b(snij|snijd|snijdt|kras|krast|beschadigt|verwondt) (ze |hij |zij )?(zich|zichzelf|haarzelf|hemzelf)\b|\b(cuts|cutting|hurts|hurting) (herself|himself)\b"
            + @"|\b(krassen|sneden|sneetjes|snijwonden|kerven|brandwonden) (op|in|aan) (haar|zijn|mijn|je|de) (arm|armen|pols|polsen|dij|dijen|bovenbeen|bovenbenen|buik)\b"
            + @"|\b(niemand|nobody|no one) (zou|zal|would|will) (me|mij) (missen|mis|miss|mist)\b|\bniemand zou me missen|\b(nobody|no one|noone) (would|will|is going to) miss me|\bif i (was|were) gone",
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
            + @"|\b(me|mij|ons) (gaat|wil|zal|komt|kwam) (\w+ ){0,2}(vermoorden|doodmaken|doodsteken|neersteken|steken|neerschieten|doodschieten|schieten|afmaken|in elkaar slaan|iets aandoen|wat aandoen)\b"
            + @"|\bmet een (mes|pistool|vuurwapen|wapen|bijl)\b|\bwith a (knife|gun)\b"
            + @"|\bbang dat hij (me|mij) (iets )?(aandoet|vermoordt|doodmaakt)|\b(scared|afraid) to go home"
            + @"|\b(ben|voel me) (thuis )?(niet veilig|onveilig) (thuis|bij hem|bij haar)",
            Options)),
        (SafetyConcern.Violence, new(
            @"\b(gaat|wil|zal|komt) (me|mij|ons) (\w+ ){0,2}(vermoorden|doodmaken|doodsteken|neersteken|steken|neerschieten|doodschieten|afmaken|in elkaar slaan)\b"
            + @"|\b(heeft|had|pakt|pakte|zwaait met|zwaaide met) (een|zijn|haar) (mes|pistool|vuurwapen|wapen|bijl|knuppel)\b|\b(has|had|grabbed) a (knife|gun)\b"
            + @"|\b(bij|aan) (mijn|mn|de|m'n) (keel|nek) (gepakt|gegrepen|geknepen)|\bgewurgd\b|\b(choke|choked|strangle|strangled) me\b"
            + @"|\bword (thuis |steeds |vaak |weer |elke dag )?(geslagen|mishandeld|bedreigd|geschopt|gewurgd)\b|\b(am|get|got|being) (beaten|hit|abused) (at home|by my)"
            + @"|\b(staat|stond) (een man|een vrouw|iemand|hij|zij|mijn ex|mn ex) (\w+ ){0,2}(voor|bij|aan) (mijn|de|onze) (deur|raam)\b.{0,60}\b(schreeuwt|dreigt|bonkt|slaat|trapt|mes|wapen)",
            Options)),
        (SafetyConcern.ChildHarmed, new(
            @"\b(slaat|sloeg|schopt|schopte|mishandelt|mishandelde|misbruikt|verwaarloost) (zijn|haar|mijn|de|onze|hun) (kind|kinderen|zoon|dochter|zoontje|dochtertje|baby|kids)\b"
            + @"|\bkindermishandeling|\bchild abuse"
            + @"|\b(vader|moeder|papa|mama|stiefvader|stiefmoeder|vriend van mijn moeder) (slaat|sloeg|schopt) (mij|me)\b",
            Options)),
        (SafetyConcern.SexualViolence, new(
            @"\bverkracht\w*|\baangerand\w*|\bsexueel misbruik\w*|\bseksueel misbruik\w*|\bmisbruikt\b|\bzit (aan|aan mij|aan me) en\b|\bzit aan (me|mij)\b|\bbetast\w*"
            + @"|\braped?\b|\bsexual(ly)? (assault|abuse)\w*|\bmolest\w*"
            + @"|\bchanteert .{0,60}(naakt|naaktfoto\w*|foto)|\bsextortion|\bnaaktfoto'?s .{0,30}(verspreiden|chanteert|dreigt)"
            + @"|\bnaakt ?(foto|fotos|foto's|fotootjes|beelden|video|videos|filmpje)\b.{0,80}\b(online|verspreid\w*|doorsturen|door te sturen|iedereen|op internet|plaatsen|op insta|op snap)"
            + @"|\b(nudes?|naked (pics|photos|pictures))\b.{0,60}\b(post|share|send|online|everyone|leak)|\bals ik geen (seks|sex)\b|\bunless i (have|had) sex"
            + @"|\b(dwingt|dwong|gedwongen|forceert|forces|forced|pressures|pressured) .{0,30}\b(seks|sex)\b"
            + @"|\b(doet|deed|doen|wil) (\w+ )?(dingen|iets) (bij|met|aan) (mij|me) (\w+ ){0,3}(die|dat) ik niet (wil|fijn vind)\b|\b(dingen|iets) (bij|met|aan) (mij|me) (doen|doet|deed) (\w+ ){0,2}(die|dat) ik niet (wil|fijn vind)"
            + @"|\braakt (me|mij) aan (op plekken|waar|terwijl|als niemand)"
            + @"|\bzit(ten|te)? (steeds |vaak |weer )?aan (mijn|mn|m'n) (lichaam|borsten|billen|kruis|piemel|plassertje|onderbroek)|\btouches me\b",
            Options)),
    ];

    /// <summary>Signs the writer is a child or young teenager, for the Kindertelefoon.</summary>
    public static readonly Regex ChildWriter = new(
        @"\bik ben (6|7|8|9|10|11|12|13|14|15|16)( jaar)?\b|\bi'?m (6|7|8|9|10|11|12|13|14|15|16)\b|\bi am (6|7|8|9|10|11|12|13|14|15|16)\b"
        + @"|\bik zit in groep [1-8]\b|\bmijn (juf|meester)\b|\btegen (mama|papa)\b"
        + @"|\b(papa|mama|mijn vader|mijn moeder|mijn stiefvader|mijn stiefmoeder) (slaat|sloeg|schopt|schreeuwt tegen) (mij|me)\b",
        Options);
}
