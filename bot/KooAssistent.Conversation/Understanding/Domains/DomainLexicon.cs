using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>
/// The concepts of each life domain and of each kind of pressure, in Dutch and English, read with the same engine as
/// danger: normalised words, prefixes and compound ends, filler words skipped, phrases that contain a domain word
/// without meaning it set aside first. A single question stays in one domain on purpose: rent arrears are money (not
/// housing) until the home itself is at stake, and school is part of the family.
/// </summary>
internal static class DomainLexicon
{
    /// <summary>Words that look like a domain but mean something else here: "het is niet jouw schuld", "verslaafd aan zijn telefoon".</summary>
    public const string NotADomain = "not-a-domain";

    public static readonly ConceptVocabulary Vocabulary = new(
    [
        .. Dutch(NotADomain,
            "alleen maar|niet jouw schuld|niet mijn schuld|niet zijn schuld|niet haar schuld|jouw schuld|mijn schuld is|zijn schuld is|haar schuld is|de schuld geven|de schuld krijgen|de schuld ligt|schuldgevoel*|schuldig*",
            "verslaafd aan zijn telefoon|verslaafd aan haar telefoon|verslaafd aan de telefoon|verslaafd aan gamen|verslaafd aan games|verslaafd aan tiktok|verslaafd aan zijn mobiel|verslaafd aan schermen|alleen thuis met de baby"),
        .. English(NotADomain, "my fault|their fault|not your fault|his fault|her fault|only just"),

        .. Dutch(LifeDomains.Geld,
            "brieven van belasting|belasting|belastingen|niet betaald|niet betalen|toeslagen|studiefinanciering|studieschuld|duo|schuld|schulden|*schuld|*schulden|budget*|geld|geldzorgen|geldproblemen|rekening|rekeningen|*toeslag|*toeslagen|toeslag*|deurwaarder*|incasso*|aanmaning*|beslag|loonbeslag|betalen|betaalt|betaal|betaald|inkomen|uitkering|bijstand",
            "huurachterstand|achterstand*|dwangbevel|dwangbevelen|salaris|loon|hypotheek|kwijtschelding|voedselbank|financieel|financiele|rondkomen|rood staan|roodstand|lening|leningen|krediet|klarna|achteraf betalen|afbetalen|schuldhulp*|bewindvoer*|brieven van de belasting|belastingdienst|cjib|boete|boetes|zorgverzekering|premie"),
        .. English(LifeDomains.Geld, "debt|debts|money|bailiff|income|benefit|benefits|bills|bill|allowance|salary|mortgage|loan|loans|overdraft|arrears|payment|pay|afford|fine|fines|broke|savings"),
        .. Dutch(LifeDomains.Wonen,
            "zonder lift|geen lift|trap niet meer op|huis is koud|huis is kapot|koud en kapot|tochtig|lekkage|lekt|kapotte verwarming|verwarming is kapot|huis is niet geschikt|zetten me eruit|zet me eruit|eruit gezet|eruit zetten|zetten ons eruit|op straat gezet|tijdelijk huisje|tijdelijke woning|tijdelijk onderdak|moet eruit|moeten eruit|huis uit|woning kwijt|huisbaas wil|verhuurder wil|uit huis gezet|huis uit gezet|uit huis moet|uit huis moeten|huis uit moet|ontruim*|huisuitzetting|dakloos|geen woning|geen eigen woning|geen huis|geen dak boven|huis is te klein|huis te klein|te klein voor|woningcorporatie|verhuurder|huisbaas|slaap bij vrienden|slapen bij vrienden",
            "op de bank slapen|op de bank slaap|op straat|schimmel|vocht in huis|huis is vies|urgentie|woonurgentie|wachtlijst voor een woning|geen woonruimte|noodopvang|opvang|vakantiepark|huurcontract|huis verkopen|huis moet verkocht|gedwongen verhuizen"),
        .. English(LifeDomains.Wonen, "no lift|no elevator|house is cold|flat is cold|leaking|broken heating|kick me out|kicked out|throw me out|temporary housing|landlord wants|evict|evicted|eviction|homeless|landlord|house is too small|sleeping on|couch surfing|no place to live|nowhere to live|mould|mold|shelter|repossessed|lose the house|lose our house|kicked out"),
        .. Dutch(LifeDomains.Werk,
            "geen opdrachten|zzp|zzper|bijbaantje|bijbaan|uitzendwerk|werk ik|ik werk|nachtdienst|diensten|uitkering aangevraagd|baan|werkloos|ontslagen|ontslag|gestopt met werken|mijn werk|zonder werk|geen werk|werk kwijt|baan kwijt|daginvulling|ziektewet|ziek thuis van werk|arbeidsongeschikt|wao|wia|ww|re-integratie|uren gekort|minder uren|contract niet verlengd|flexcontract|nulurencontract|uitzendbureau|werkgever|baas|collega*|zzp|bedrijf failliet|failliet"),
        .. English(LifeDomains.Werk, "lost my contract|contract ended|contract was not renewed|agency work|through an agency|no clients|freelance|self-employed|part-time job|side job|night shifts|job|jobless|unemployed|lost my job|fired|laid off|my work|no work|employer|boss|hours cut|contract ended|sick leave|redundant|bankrupt"),
        .. Dutch(LifeDomains.Gezondheid,
            "coke|cocaine|cocaïne|speed|heroine|weer gebruiken|weer ga gebruiken|weer gaan gebruiken|terugval|afkicken|afgekickt|maanden clean|jaar clean|dagen clean|gediagnosticeerd|diagnose|heb ms|heeft ms|ms gekregen|parkinson|*operatie|thuiszorg|revalid*|heup|rug|hernia|kan niet meer lopen|slecht ter been|rollator|vergeetachtig|vergeet steeds|in de war|ziek|zieke|gehandicapt|invalide|zwanger en ziek|rugklachten|pijnklachten|ziek|ziekte|ziekenhuis|kanker|chemo|operatie|burnout|burn-out|overspannen|depressie|depressief|somber|angststoornis|paniekaanvallen|psycholoog|psychiater|ggz|verslaafd|verslaving|gokverslaving|drinkt te veel|drink te veel|alcoholist|alcoholprobleem|drugs|afkick*",
            "autisme|adhd|dementie|dement|alzheimer|beroerte|hartaanval|chronisch|pijn|rolstoel|beperking|handicap|mantelzorg*|zorg nodig|verpleeghuis|slaap niet meer|slaap slecht|ptss|trauma|eetstoornis|herstellende"),
        .. English(LifeDomains.Gezondheid, "diagnosed|diagnosis|multiple sclerosis|parkinson|relapse|relapsed|using again|months clean|rehab|forgetful|getting forgetful|surgery|operation|back pain|hip|home care|confused|sick|ill|illness|cancer|hospital|surgery|burnout|burned out|depressed|depression|anxiety|panic attacks|addicted|addiction|drinking problem|alcoholic|drugs|dementia|disabled|disability|chronic|carer|caring for|mental health|therapy|ptsd"),
        .. Dutch(LifeDomains.OpvoedenGezin,
            "zwanger|zwangerschap|bevallen|kleinkinderen|kleinkind|kind|kinderen|kids|kinders|zoon|zoontje|dochter|dochtertje|peuter|kleuter|baby|puber|tiener|jeugdzorg|opvoeding|opvoeden|school|leerplicht*|spijbel*|thuiszitter|gepest|pesten|schoolverzuim|mijn jongste|mijn oudste|stiefkind*|pleegkind*|zwanger|bevallen"),
        .. Dutch(LifeDomains.OpvoedenGezin, ChildByAge()),
        .. English(LifeDomains.OpvoedenGezin, "children|child|son|daughter|toddler|kids|teenager|teen|school|pregnant|baby|bullied|truant"),
        .. Dutch(LifeDomains.RelatieScheiding,
            "vriend wil er niks mee te maken|wil er niks mee te maken hebben|de vader doet niks|de vader doet helemaal niks|vader is uit beeld|vader uit beeld|alleenstaande moeder|alleenstaande vader|er alleen voor staan|scheiding|scheiden|gescheiden|echtscheiding|mijn ex|ex betaalt|ex zegt|de ex|uit elkaar|alimentatie|omgangsregeling|ouderschapsplan|vrouw is vertrokken|man is vertrokken|vriend is vertrokken|vriendin is vertrokken|partner is vertrokken|vrouw is weg|man is weg|vriend is weg",
            "vriendin is weg|partner is weg|heeft me verlaten|is bij me weg|is weggegaan|relatieproblemen|ruzie met mijn man|ruzie met mijn vrouw|ruzie met mijn partner|ruzie met mijn vriend|ruzie met mijn vriendin|vreemdgegaan|vreemd gegaan|huwelijk|relatie is over|relatie voorbij|weduwe|weduwnaar"),
        .. English(LifeDomains.RelatieScheiding, "father is not involved|dad is not involved|single mum|single mom|single dad|single parent|divorce|divorced|divorcing|separated|separation|my ex|wife left|husband left|partner left|girlfriend left|boyfriend left|left me|broke up|breakup|custody|child support|alimony|cheated|marriage|widow|widowed|widower"),
        .. Dutch(LifeDomains.EenzaamheidSociaal,
            "niemand gesproken|niemand meer gesproken|met niemand gepraat|met niemand gesproken|niemand gezien|voel me alleen|voel me zo alleen|zo alleen|heel alleen|alleenstaand en|niemand die helpt|niemand helpt|spreek niemand|praat met niemand|eenzaam*|zit de hele dag alleen|zit alleen|zit veel alleen|zit vaak alleen|sinds alleen|al alleen|helemaal alleen|ken hier niemand|ken niemand|niemand om mee te praten|zie niemand|spreek niemand|niemand meer|niemand om me heen|geen vrienden|geen sociaal leven",
            "geen contact meer|zie mijn vrienden nooit|zie mijn vriendinnen nooit|zie mijn vrienden niet meer|zie mijn vriendinnen niet meer|zie vrienden nooit|zie mijn familie nooit|zie niemand meer|mis mijn vrienden|mis mijn vriendinnen|sta er alleen voor|heb niemand|geïsoleerd|geisoleerd|kom nergens|kom de deur niet uit|kom niet buiten|nergens bij horen"),
        .. English(LifeDomains.EenzaamheidSociaal, "haven't talked to anyone|havent talked to anyone|haven't spoken to anyone|havent spoken to anyone|not talked to anyone|not spoken to anyone|talked to nobody|spoken to nobody|nobody visits|no one visits|never see anyone|feel alone|feel so alone|so alone|talk to no one|nobody helps|lonely|loneliness|no friends|all alone|alone all day|dont know anyone|don't know anyone|no one to talk to|nobody to talk to|isolated|have nobody|no family here|on my own"),
        .. Dutch(LifeDomains.Veiligheid, "bedreigd|onveilig|niet veilig|bang voor hem|bang voor haar|bang voor mijn ex|stalkt|stalking|geweld|agressief|agressie|intimidatie|geïntimideerd"),
        .. English(LifeDomains.Veiligheid, "threatened|unsafe|not safe|afraid of him|scared of him|stalking|violence|aggressive|intimidated"),

        .. Dutch(Pressure.Eviction, "zetten me eruit|zet me eruit|eruit gezet|zetten ons eruit|op straat gezet|moet eruit|moeten eruit|over 6 weken eruit|over een maand eruit|uit huis gezet|huis uit gezet|uit huis moet|uit huis moeten|huis uit moet|huis uit moeten|ontruim*|huisuitzetting|dagvaarding|vonnis|rechter over de huur|huis kwijt|huis verliezen"),
        .. English(Pressure.Eviction, "lose my room|losing my room|lose my flat|lose my apartment|lose my place|kick me out|kicked out|throw me out|have to leave|evict|evicted|eviction|eviction notice|leave the house|lose the house|lose our home|court date"),
        .. Dutch(Pressure.NoIncome, "geen inkomen|geen eigen inkomen|uitkering gestopt|uitkering is gestopt|uitkering stopt|geen geld meer|geen cent meer|salaris gaat omlaag|baan kwijt|werk kwijt|ontslagen|ww stopt|geen loon|loon niet betaald|niks meer op mijn rekening|rekening is leeg"),
        .. English(Pressure.NoIncome, "no income|benefit stopped|benefits stopped|lost my job|laid off|fired|no money left|no money at all|not been paid|broke"),
        .. Dutch(Pressure.Bailiff, "dwangbevel|dwangbevelen|deurwaarders|deurwaarder*|deurwaarder|beslag gelegd|beslag op|loonbeslag|beslaglegging|incassobureau|aanmaning*|sommatie"),
        .. English(Pressure.Bailiff, "bailiff|bailiffs|debt collector|debt collectors|seizure|garnish*|final notice|final demand"),
        .. Dutch(Pressure.CutOff, "afgesloten|afsluiting|afsluiten|af te sluiten|wordt afgesloten|stroom eraf|gas eraf|water eraf|zit zonder stroom|zonder gas|zonder water"),
        .. English(Pressure.CutOff, "cut off|cutting off|disconnected|disconnection|no electricity|no heating"),
        .. Dutch(Pressure.ChildOutOfSchool, "geen school|nog geen school|geen plek op school|zit thuis|niet naar school|niet meer naar school|zonder school|spijbelt|spijbelen|thuiszitter|thuis zit|zit thuis van school|weg van school|blijf weg van school|verzuim|schoolverzuim|geschorst|van school gestuurd|leerplichtambtenaar|leerplicht"),
        .. English(Pressure.ChildOutOfSchool, "not in school|out of school|refuses to go to school|refusing to go to school|hasnt been to school|hasn't been to school|suspended|expelled|truant|attendance officer"),
        .. Dutch(Pressure.Overwhelmed,
            "weet echt niet wat ik moet doen|weet echt niet meer wat ik moet|weet het niet meer|weet niet meer wat|weet niet meer hoe|weet niet meer waar|trek het niet meer|trek het niet|red het niet meer|red het niet alleen|redden het niet|ten einde raad|boven het hoofd|kan niet meer|kan het niet meer|ga kapot aan|wordt me te veel|word me te veel",
            "raak in paniek|in paniek van|ben in paniek|wordt me allemaal te veel|te veel geworden|hoe moet dat allemaal|wanhopig|radeloos|op van de stress|ik verzuip|kop boven water|loop vast|loopt vast|alles loopt vast|alles stapelt zich op|stapelt zich op|zie door de bomen|ik ben op|ben helemaal op|ben kapot|uitgeput|ten onder"),
        .. English(Pressure.Overwhelmed, "really struggling|im struggling|i'm struggling|panicking|in a panic|dont know what to do|don't know what to do|can't cope|cant cope|please help|at the end of my rope|desperate|overwhelmed|drowning|falling apart|cant take it|can't take it|breaking point|exhausted|burnt out|burned out|losing it"),
        .. Dutch(Pressure.NoFood, "niks te eten|niets te eten|geen eten|geen boodschappen|lege koelkast|koelkast is leeg|honger|eten alleen brood|alleen nog brood"),
        .. English(Pressure.NoFood, "no food|nothing to eat|empty fridge|going hungry|skipping meals"),
        .. Dutch(Pressure.Homeless, "dakloos|geen woning|geen eigen woning|slaap bij vrienden|slapen bij vrienden|op straat|op de bank bij|slaap in de auto|slaap in mijn auto|noodopvang|nachtopvang|geen dak boven"),
        .. English(Pressure.Homeless, "homeless|sleeping on|sleep in my car|sleeping in my car|couch surfing|nowhere to live|shelter"),
        .. Dutch(Pressure.CannotPay,
            "niet betaald|maanden niet betaald|weken niet betaald|kan niet betalen|kunnen niet betalen|niet meer betalen|loop achter|lopen achter|kan de huur niet betalen|kan de huur niet meer betalen|kunnen de huur niet betalen|huur niet meer betalen|rekeningen niet meer betalen|kan de rekeningen niet|kan mijn rekeningen niet|vaste lasten niet|lopen de rekeningen op|rekeningen lopen op|schulden lopen op|schulden stapelen",
            "kom niet rond|komen niet rond|red het niet financieel|redden het financieel niet|achter met de huur|huurachterstand van|maanden achter"),
        .. English(Pressure.CannotPay, "not paid|havent paid|haven't paid|missed his|missed her|missed my|missed the|cant pay the rent|can't pay the rent|cant pay my bills|can't pay my bills|cannot pay|behind on rent|behind with the rent|months behind|bills are piling up|debts are piling up|cant make ends meet|can't make ends meet"),
    ], [NotADomain]);

    /// <summary>"ze is 7 en plast weer in bed": a child named only by age.</summary>
    private static string ChildByAge()
    {
        var forms = new List<string>();
        foreach (var who in "hij is|zij is|ze is".Split('|'))
        {
            for (var age = 1; age <= 17; age++)
            {
                forms.Add($"{who} {age}");
                forms.Add($"{who} {age} jaar");
            }
        }

        return string.Join('|', forms);
    }

    /// <summary>The life domains, in the order the worker sees them.</summary>
    public static readonly IReadOnlyList<string> Domains =
        [LifeDomains.Geld, LifeDomains.Wonen, LifeDomains.Werk, LifeDomains.Gezondheid, LifeDomains.OpvoedenGezin, LifeDomains.RelatieScheiding, LifeDomains.EenzaamheidSociaal, LifeDomains.Veiligheid];
}
