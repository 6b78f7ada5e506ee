using System.Text.RegularExpressions;

namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>
/// The words of each life domain and of each pressure signal, over normalised text. A single question stays in one
/// domain on purpose: rent arrears are money (not housing) until the home itself is at stake, and school is part
/// of the family.
/// </summary>
internal static class DomainLexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Phrases that contain a domain word without meaning it, rewritten before the domains are read.</summary>
    public static readonly (Regex Pattern, string Replacement)[] Rewrites =
    [
        (new(@"\balleen maar\b", Options), "slechts"),

        // "schuld" as fault, not debt: "dat het hun schuld is", "ik geef mezelf de schuld", "ik voel me schuldig".
        (new(@"\b(het|dat) (\w+ )?(niet )?(mijn|jouw|je|zijn|haar|hun|onze|jullie|z'n|d'r|eigen) (eigen )?schuld (is|was|zijn|waren)\b|\b(is|was) (het|dat) (niet )?(mijn|jouw|je|zijn|haar|hun|onze|jullie|z'n|d'r|eigen) (eigen )?schuld\b"
            + @"|\bde schuld (geven|geeft|geef|gaf|krijgen|krijgt|krijg|kreeg|ligt)\b|\bschuldgevoel\w*|\bschuldig\w*|\bmy fault\b|\btheir fault\b", Options), "fout"),
        (new(@"\bverslaafd aan (zijn |haar |de |mijn |z'n |d'r )?(telefoon|mobiel|gsm|games|gamen|schermen|scherm|tiktok|social media|instagram|snapchat|youtube)", Options), "schermgebruik"),
    ];

    public static readonly (string Domain, Regex Pattern)[] Domains =
    [
        (LifeDomains.Geld, new(
            @"\b(schuld\w*|gokschuld\w*|budget\w*|post en|brieven van de belasting|belastingdienst|geldzorgen|geldproblemen|geld|rekeningen|rekening|\w*toeslag\w*|deurwaarder\w*|incasso\w*|aanmaning\w*|beslag|loonbeslag"
            + @"|betalen|betaalt|betaal|inkomen|uitkering|bijstand|huurachterstand|achterstand\w*|salaris|loon|hypotheek|kwijtschelding|voedselbank|financieel|rondkomen|rood staan"
            + @"|debts?|money|bailiff|income|benefits?|bills?|allowance|salary|mortgage)\b",
            Options)),
        (LifeDomains.Wonen, new(
            @"\b(uit huis (gezet|moet|moeten|gaan)|huis uit (gezet|moet|moeten)|(moet|moeten) (\w+ ){0,2}huis uit|ontruim\w*|dakloos|geen (eigen )?woning|geen huis|huis is (veel )?te klein|te klein voor"
            + @"|woningcorporatie|verhuurder|slaap bij vrienden|op de bank (slapen|slaap)|op straat|landlord|leave the house|evict\w*|homeless|house is too small)\b",
            Options)),
        (LifeDomains.Werk, new(
            @"\b(baan|werkloos|ontslagen|ontslag|gestopt met werken|mijn werk|zonder werk|geen werk|daginvulling|lost my job|my job|unemployed|jobless)\b",
            Options)),
        (LifeDomains.Gezondheid, new(
            @"\b(ziek|ziekte|burn ?out|burn-out|depressie|depressief|verslaafd|verslaving|gokverslaving|drink te veel|drinkt te veel|afkick\w*|ggz|psycholoog|psychiater"
            + @"|autisme|adhd|dementie|alzheimer|mantelzorg\w*|slaap niet meer|angststoornis|paniekaanvallen|sick|illness|depressed|depression|addicted|addiction)\b",
            Options)),
        (LifeDomains.OpvoedenGezin, new(
            @"\b(kind|kinderen|kids|kinders|zoon|zoontje|dochter|dochtertje|peuter|baby|puber|tiener|jeugdzorg|opvoeding|opvoeden|children|child|son|daughter|toddler)\b"

            // "ze is 7 en plast weer in bed": a child by age alone.
            + @"|^(hij|zij|ze|he|she) is ([1-9]|1[0-7])( jaar| years)?( oud| old)?\b|\b(hij|zij|ze) is ([1-9]|1[0-7]) (jaar )?en\b",
            Options)),
        (LifeDomains.RelatieScheiding, new(
            @"\b(scheiding|scheiden|gescheiden|echtscheiding|mijn ex|ex betaalt|ex zegt|uit elkaar|alimentatie|omgangsregeling|ouderschapsplan|(vrouw|man|vriend|vriendin|partner) (is |heeft |wil )?(vertrokken|weg)"
            + @"|divorce|divorced|separated|(wife|husband|partner) (left|is gone)|left me)\b",
            Options)),
        (LifeDomains.EenzaamheidSociaal, new(
            @"\b(eenzaam\w*|zit (de hele dag |ik |vaak |veel |zoveel )?alleen|(sinds|al) (\w+ ){0,3}alleen\b|ken (hier )?niemand|(don'?t|do not) know anyone|niemand om mee te praten|zie niemand|spreek niemand|niemand (meer )?om (mee te praten|me heen)|geen vrienden|geen sociaal leven|geen contact meer|zie (mijn )?(vrienden|vriendinnen|familie|niemand) (bijna )?nooit|mis mijn (vrienden|vriendinnen)"
            + @"|lonely|loneliness|no friends|all alone)\b",
            Options)),
        (LifeDomains.Veiligheid, new(
            @"\b(bedreigd|onveilig|niet veilig|bang voor (hem|haar|mijn ex)|stalkt|stalking|threatened|unsafe|not safe)\b",
            Options)),
    ];

    public static readonly (string Kind, Regex Pattern)[] Pressure =
    [
        ("eviction", new(@"\b(uit huis gezet|huis uit gezet|(moet|moeten) (\w+ ){0,2}huis uit|uit huis (moet|moeten)|ontruim\w*|huisuitzetting|leave the house|evict\w*)\b", Options)),
        ("no-income", new(@"\b(geen (eigen )?inkomen|uitkering (is )?gestopt|geen geld meer|no income|benefit (has )?stopped|salaris gaat omlaag|baan kwijt\w*|lost my job)\b", Options)),
        ("bailiff", new(@"\b(deurwaarder (is|staat|was|heeft|komt)|beslag gelegd|bailiff)\b", Options)),
        ("cut-off", new(@"\b(afgesloten|afsluiting|cut off)\b", Options)),
        ("child-out-of-school", new(@"\b(niet (meer )?naar school|zonder school|spijbelt|thuiszitter|not in school)\b", Options)),
        ("overwhelmed", new(
            @"\b(weet (het )?(echt )?niet meer|weet niet meer (wat|hoe|waar)|trek het (gewoon )?niet meer|red het niet (meer|alleen)|ten einde raad|boven het hoofd|kan niet meer|kan het niet meer"
            + @"|ga kapot aan|wordt me te veel|hoe moet dat allemaal|redden (we |het )?(het )?(financieel )?niet meer|don'?t know what to do|can'?t cope|please help)\b",
            Options)),
        ("no-food", new(@"\b(niks te eten|niets te eten|geen eten|no food)\b", Options)),
        ("homeless", new(@"\b(dakloos|geen (eigen )?woning|slaap bij vrienden|op straat|homeless)\b", Options)),
        ("cannot-pay", new(@"\b((huur|rekeningen|hypotheek|vaste lasten|energie) (\w+ ){0,2}niet (meer )?(kan |kunnen )?betalen|kan (ik |we )?(de )?(huur|rekeningen|hypotheek|vaste lasten) niet (meer )?betalen|lopen (de )?(rekeningen|schulden) op|schulden lopen op|rekeningen lopen op|can'?t pay (the |my )?(rent|bills))\b", Options)),
    ];
}
