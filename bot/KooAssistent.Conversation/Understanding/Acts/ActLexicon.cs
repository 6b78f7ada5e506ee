using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KooAssistent.Conversation.Understanding.Acts;

/// <summary>The phrases of each dialogue act over normalised text (lower case, no accents, single spaces).</summary>
internal static class ActLexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static readonly Regex PersonRequest = new(
        @"\b(kan|mag|wil|kun|kunnen) (ik|je|u|jullie|iemand) (\w+ ){0,3}(iemand|een mens|een medewerker|een persoon|met iemand) (spreken|bellen|praten|zien)"
        + @"|\b(bel|bellen) (mij|me) ((aub|ff|even|alsjeblieft|alstublieft|graag|asap|maar|pls|snel) )*(terug|op)\b|\bterugbellen|\bkan iemand (mij|me) (bellen|helpen|terugbellen)|\bkan er iemand (mij|me) (bellen|helpen)"
        + @"|\b(een|echte|echt) (mens|persoon|medewerker)\b|\bmet een mens\b|\bmedewerker spreken|\biemand spreken\b|\biemand persoonlijk"
        // A visit at home: "dat een consulent bij ons thuis komt praten", "a home visit".
        + @"|\b(iemand|een consulent|een medewerker|een hulpverlener|jullie|u) (\w+ ){0,2}(bij (ons|mij|me) thuis|aan huis|bij ons langs|bij mij langs) (komt|komen|kan komen|langskomt|langskomen)\b|\bcome (to|round to) (our|my) (home|house)\b"
        + @"|\b(real|actual|human) (person|human|being|agent)\b|\b(talk|speak) to (a |an )?(someone|somebody|person|human|agent|advisor)|\bcall me back"
        + @"|\bcan someone (call|help) me|\bgeen robot|\bnot a (bot|robot)|\b(speak|talk) with (someone|somebody|a person)|\bin person\b"
        + @"|\b(met|spreken met) iemand (\w+ ){0,5}(praten|spreken)\b|\bkan iemand (\w+ ){0,3}(mij|me) (bellen|helpen|terugbellen)\b"
        + @"|\baanmelden bij (het |een )?buurtteam|\b(iemand|een medewerker) (\w+ ){0,3}langs ?komen\b|\bafspraak met (een medewerker|iemand)|\biemand aan de (telefoon|lijn)\b|\b(someone|somebody) on the phone\b|\biemand van jullie (\w+ ){0,2}(spreken|bellen|zien|praten)\b|\bhave someone call\b|\b(can|could|would) (someone|somebody|anyone|one of you|you) (\w+ ){0,2}(call|phone|ring) me\b|\b(a |some )?(person|someone|somebody|human) (could|can|would|to) (phone|call|ring) me\b|\biemand (\w+ ){1,4}aan de (telefoon|lijn)\b|\b(hoor|spreek|bel) ik (het )?(liefst|liever) (\w+ ){0,2}iemand\b|\bhet liefst (hoor|spreek) ik iemand\b|^(een )?(mens|medewerker|persoon)( aub| graag| please| nu| nou| now| asap| pls| alsjeblieft| alstublieft)*$",
        Options);

    /// <summary>
    /// "nog steeds niet geholpen", "dit is weer niet wat ik bedoel", "nogmaals: dit helpt me niet", "still not helpful":
    /// the complaint says itself that the bot missed before.
    /// </summary>
    public static readonly Regex RepeatedComplaint = new(
        @"\b(nog steeds|nog altijd|alweer|weer|opnieuw|nogmaals|wederom|voor de tweede keer|still|again|once more|for the second time)\b"
        + @"|\b(dat |dit )?(zei|zeg|schreef|vertelde) ik (net |toch |al |daarnet )*(al|net|toch|daarnet)\b|\b(helpt|werkt|klopt) (\w+ ){0,2}ook (niet|nie|niks|niets|nix)\b|\b(doesn'?t|does not|didn'?t|did not|isn'?t|is not|not) (\w+ ){0,3}either\b|\bi (already|just) (said|told you|wrote)|\bas i (said|told you)\b",
        Options);

    /// <summary>"mijn zoon wil niemand spreken" and "ik spreek niemand meer" are loneliness, not a request.</summary>
    public static readonly Regex NotAPersonRequest = new(
        @"\b(wil|wilt|spreek|spreekt|zie|ziet) niemand\b|\bniemand (om|meer)\b"

        // Wanting a listening ear or a help line is a question about where to talk, answered from the knowledge.
        + @"|\bgewoon (even |eens )?(met )?iemand (\w+ ){0,2}(praten|kletsen|om mee te praten|die luistert)\b|\biemand om (gewoon )?mee te praten|\b(nummer|number) (van|voor|om|of|for|to)\b|\b(welk|welke|wat is het|wat is de|which|what|the|a) (nummer|number)\b|\b(hulplijn|phone line|helpline|chat ?lijn)\b"
        + @"|\bwhen i feel (lonely|alone)|\bals ik me (eenzaam|alleen) voel"

        // Someone who went through the same (a peer, a group of children of divorced parents) is a subject, not a worker.
        + @"|\biemand (\w+ ){0,3}die (dat|dit|het|hetzelfde|zoiets) (\w+ ){0,2}(heeft )?(meegemaakt|doorgemaakt|mee maakt|kent)|\blotgeno\w*|\bsomeone who (went|has been|is going) through"

        // Someone to go along to an appointment is a service of its own (clientondersteuning), answered from the knowledge.
        + @"|\b(mee ?gaan|meegaan|meekomen|mee komen|mee naar) (naar|met|bij)\b|\bmee (kan|kunnen|gaat|wil|komt) (naar|met|bij)\b"
        + @"|\bmet (me|mij|hem|haar|ons) mee ?(gaan|gaat|kan|kunnen|komen|komt)\b|\bmet (me|mij|hem|haar|ons) mee$|\b(come|go) with (me|him|her|us) to\b|\baccompany\b"

        // Whose permission or signature a plan needs (an ex, the other parent) is a question about the rules, not
        // a wish to talk to a worker; the classifier alone took "permission from my ex" for a person request.
        + @"|\b(toestemming|permission|consent|handtekening|signature) (\w+ ){0,2}(van|from|of)\b|\b(need|nodig) (\w+ ){0,2}(toestemming|permission|consent)\b",
        Options);

    /// <summary>
    /// "wis mijn gesprek", "ik wil mijn gegevens laten verwijderen", "vergeet mij", "delete my data": the resident wants
    /// the conversation erased (AVG art. 17). The bot always asks once more before it erases anything.
    /// </summary>
    public static readonly Regex ErasureRequest = new(
        @"\b(verwijder|verwijderen|wis|wissen|vernietig|vernietigen) ((nu|eerst|maar|even|dan|ook|al|graag|aub|alsjeblieft) )*(mijn|dit|het|de|deze|onze|me|mn|alle|al mijn) (\w+ ){0,2}(gesprek|gesprekken|gegevens|berichten|chat|chats|data|geschiedenis|persoonsgegevens|info|informatie)\b"
        + @"|\b(mijn|dit|het|deze|de|alle|al mijn) (\w+ ){0,2}(gesprek|gesprekken|gegevens|berichten|chat|chatgeschiedenis|data|persoonsgegevens) (\w+ ){0,3}(verwijderen|wissen|weghalen|weg halen|vernietigen|laten verwijderen|laten wissen)\b"
        + @"|\b(alles|het gesprek|dit gesprek) (\w+ ){0,2}(verwijderen|wissen)\b|^(verwijder|wis) (alles|het|dit)$|\bvergeet (mij|me|alles over mij|wat ik (heb )?(gezegd|geschreven|getypt))\b"
        + @"|\b(delete|erase|remove|wipe|clear) (\w+ ){0,2}(my|this|the|our|all) (\w+ ){0,2}(data|conversation|chat|chats|messages|history|information|details)\b|\bforget (me|about me|everything i (said|wrote))\b"
        + @"|\bright to (be forgotten|erasure)\b|\brecht (om )?(op )?(vergetelheid|vergeten te worden)\b",
        Options);

    /// <summary>The first word greets ("hallo ik ben anna", "goedemorgen, ..."), whatever follows.</summary>
    public static readonly Regex GreetingFirst = new(@"^(hoi|hallo|hai|hey|hee|hi|hello|goedemorgen|goedemiddag|goedenavond|beste|dag|good morning|good afternoon)\b", Options);

    public static readonly Regex Greeting = new(
        @"^((hoi|hallo|hai|hey|hee|hi|hello|goedemorgen|goedemiddag|goedenavond|morgen|dag|beste|yo|help|hulp|vraag|een vraag|ik heb een vraag|ik heb een vraagje|ik wil iets vragen|mag ik iets vragen|ik heb hulp nodig|ik zoek hulp|kunt u mij helpen|kun je me helpen|kan je me helpen|kunt u helpen|i have a question|i need help|can you help me|can you help|question|good morning|good afternoon|daar ben ik weer|test|ok|oke|ja|nee|\?)( |$))+$",
        Options);

    /// <summary>
    /// Words that carry no subject: greetings, pronouns, small verbs and "vraag"/"hulp". A message made only of these
    /// ("goedemorgen, ik wil graag iets vragen", "ff vraagje", "can you help me?") is an opener, not a question.
    /// </summary>
    public static readonly FrozenSet<string> Filler = new[]
    {
        "hoi", "hallo", "hai", "hey", "hee", "hi", "hello", "goedemorgen", "goedemiddag", "goedenavond", "morgen", "middag", "avond", "dag", "beste",
        "yo", "ik", "je", "jij", "u", "jullie", "we", "wij", "me", "mij", "mijn", "mn", "wil", "wilde", "zou", "graag", "iets", "een", "vraag",
        "vraagje", "vragen", "stellen", "hulp", "help", "helpen", "nodig", "heb", "hebben", "mag", "kan", "kun", "kunt", "kunnen", "ff", "even",
        "eens", "ben", "is", "er", "daar", "hier", "weer", "nog", "wat", "waar", "hoe", "ok", "oke", "ja", "nee", "zoek", "zoeken", "weet", "niet",
        "zo", "goed", "moet", "beginnen", "met", "bij", "aan", "de", "het", "dit", "dat", "werkt", "can", "you", "i", "have", "a", "question",
        "need", "please", "pls", "some", "there", "anyone", "am", "is", "good", "morning", "afternoon", "evening", "excuse", "sorry", "test",
        "aub", "alstublieft", "alsjeblieft", "effe", "kort", "snel", "to", "ask", "something", "iemand", "of", "over",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly Regex Thanks = new(
        @"^((top|super|oke|ok|ok[eé]|nou|heel|erg|hartelijk|echt|fijn|prima|mooi|duidelijk|thanks|thank you|thx|bedankt|dank je|dank je wel|dankjewel|dankuwel|dank u|dank u wel|merci|doei|dag|tot ziens|fijne dag|fijne avond|groetjes|bye|goodbye|cheers|great|cool|helder|ik ga het proberen|daar kan ik wat mee|dat helpt|dat helpt me|dat helpt echt|wat fijn|super bedankt|top bedankt|veel dank)( |$))+$",
        Options);

    public static readonly Regex NotHelpful = new(
        @"\b(heb|hebben) (ik |we )?(er |daar |hier )?(ook |echt |helemaal |nog steeds )?(niks|niets|nix) aan\b|^(dat |dit |da |het )?helpt (me |mij )?(echt |ook |nog steeds )?(niet|nie|niks|niets|nix)\b|\b(dat|dit|da) helpt (me |mij )?(echt |ook |nog steeds |allemaal |gewoon |totaal |helemaal )?(niet|nie|niks|niets|nix)\b|\bniet (mijn|de) vraag\b"
        + @"|\b(dit|dat) is niet wat ik (zoek|bedoel|vroeg)|\b(heb|had) ik (allemaal )?al geprobeerd|\b(weer|wir|wer|alweer) (niks|nix|niets)\b|\b(doesn'?t|does not|didn'?t|did not) (really |actually |at all |much )?help"
        + @"|\b(nee |neen )?(dat|da) bedoel ik (ook |echt |helemaal )?(niet|nie)\b|\bniet wat ik bedoel|\bklopt niet\b|\bniet geholpen|\bniet behulpzaam|\bnutteloos"
        + @"|\b(je|jij|u) helpt (me |mij )?(echt |ook |nog steeds |gewoon )?(niet|niks|niets)\b|\b(dat|dit) beantwoordt (mijn vraag )?niet"
        + @"|\b(hier|daar) heb ik (ook |echt |helemaal |nog steeds )?(niks|niets) aan\b|\bje (snapt|begrijpt) (het|me|mij) (gewoon |echt )?niet\b"
        + @"|\b(isn'?t|isn t|is not|not) helping\b|\bnot helpful|\bthat (does not|doesn't|doesnt) help|\bnot what i (asked|meant)|\bwrong answer|\buseless|\b(that|this|it|you) (doesn'?t|does not|didn'?t|did not) answer",
        Options);

    /// <summary>
    /// Complaints about an answer said in many ways, wider than <see cref="NotHelpful"/>: nothing gained ("daar
    /// schiet ik niks mee op", "alweer niks nuttigs"), already tried or known ("dat heb ik ook al gedaan", "die ken ik
    /// allemaal al", "tried all of that already"), not what was sought, not understood, the same again. Too wide for
    /// a first message ("ik kom er niet uit" opens many questions), so the triage counts it only after an answer.
    /// </summary>
    public static readonly Regex ComplaintAboutAnswer = new(
        @"\bkom (ik|je|we) (\w+ ){0,2}niet (verder|uit)\b|\b(kom|kwam) (ik )?er (zo |echt |nog steeds )?niet uit\b|\b(niks|niets|geen|nothing|weinig) (\w+ ){0,2}(aan|mee op|nuttigs?|useful|helpful|verder|wijzer|mee)\b|\bschiet (ik|het|dat|dit|je|we) (\w+ ){0,2}(niet|niks|niets)\b|\b(dit|dat|het) schiet (\w+ ){0,2}(niet|niks|niets|geen meter) op\b"
        + @"|\b(al|allemaal al|already) (\w+ ){0,2}(geprobeerd|gedaan|gebeld|gelezen|gehad|gezien|bekeken|tried|called|done|read|seen)\b|\b(dat|dit|die|deze) (doen|deden|proberen|probeerden|hebben|kennen|weten) (we|ik) (\w+ ){0,2}al\b|\b(is |was )?(veel |erg |zo |echt )?te (algemeen|vaag|simpel)\b|\btoo (general|generic|vague)\b|\btried (all |that |this |it |everything )?(of that |of this )?(already|before)\b|\bi tried (all|that|this|everything)\b"
        + @"|\b(ken|weet|wist) ik (\w+ ){0,2}al\b|\bi (already )?know (that|this|all)|\bdat (weet|wist|ken) ik (al|toch|ook|heus|allang|zelf|daar|ik|we|maar|en|want|dus|nou|zit|sta|heb|ben)\b|\bdat (weet|wist|ken) ik$"
        // Already in the help the answer points to: "ik zit er al in", "de maatschappelijk werker is al betrokken", "we already did that".
        + @"|\b(zit|zitten|zat|zaten) (er|daar) (nu )?al (in|bij)\b|\b(zit|zitten) (nu )?al bij (de|het|een|die|dat)\b|\b(ben|zijn|sta|staan) (er |daar )?al (aangemeld|ingeschreven)\b|\b(is|zijn) (\w+ ){0,2}al (\w+ )?(betrokken|bezig|ingeschakeld)\b"
        + @"|\balready (did|do|have|had|use|using|doing|signed up|enrolled|involved|in it|in that|in touch|on it)\b|\b(did|done|tried) (that|this|it|all that) already\b|\b(is|are) already (involved|helping|on it)\b"
        // Not the question asked, no answer, the same again, still unclear: "dat is mijn vraag niet", "nog steeds geen antwoord", "wéér mis".
        + @"|\b(is|was) (\w+ )?mijn vraag niet\b|\bniet (\w+ )?mijn vraag\b|\bgeen antwoord op\b|\bhetzelfde antwoord\b|\bsame answer\b|\bnot an answer\b|\bnot my question\b|\bdoesn'?t answer (my|the)\b"
        + @"|\bnog (steeds|altijd) (geen|onduidelijk|hetzelfde|fout|mis)\b|\bniet (veel |echt )?wijzer\b|\b(dit|dat|het) werkt (zo )?(niet|nie)\b|\b(this|that|it)('?s| is)? not working\b|\bw[eé][eé]r (mis|fout|niks|niets)\b|\bwrong again\b"
        + @"|\b(dit|dat|deze|die) (\w+ )?ook niet\b|\bnot (very |really |at all )?(helpful|useful)( either| too)?\b|\b(this|that|that's|thats|that is) (\w+ )?(not|no) (\w+ )?either\b"
        + @"|\bniet (echt |precies )?wat ik (\w+ ){0,2}(zoek|bedoel|nodig heb|vroeg|wil)|\bnot what i (\w+ ){0,2}(need|mean|meant|asked|want|was looking)"
        + @"|\b(begrijpt|snapt|begrijp|snap) (me|mij|het|u|je) (\w+ ){0,2}niet\b|\b(you )?(don'?t|do not|dont) (get|understand) (it|me)"
        + @"|\b(weer|alweer|nogmaals|opnieuw|again|same)\b.{0,40}\b(niet|niks|niets|not|nothing|hetzelfde|rijtje|lijstje|useless|antwoord)\b"
        + @"|\b(niet|not) (verder )?(geholpen|helped)|(^|\b(nee|niet|nope|maar|sorry|bruh|net|toch|gezien|nou) )helpt (me |mij |echt |ook |nog steeds )*(niet|nie|niks|niets)\b|\b(kom|komen) (ik |we |je )?((er|hier|daar|zo|echt|gewoon|nog|steeds|nu|hiermee|daarmee) ){0,3}niet (verder|uit)\b|\bnog steeds (niet|niks|niets)\b|\bstill (nothing|not|no)\b|\bnot useful\b|\bno use\b",
        Options);

    public static readonly Regex Unsupported = new(
        @"\b(schrijf|maak|verzin|write|make) (een |a |me een |me a |me |us )?(\w+ )?(gedicht|liedje|verhaal|verhaaltje|rap|mop|grap|poem|song|story|joke|essay|opstel|haiku|limerick|sonnet|songtekst)"
        + @"|\brecept (voor|van) (een |de |het )?(\w+ )?\w*(soep|taart|cake|maaltijd|bollen|lasagne|pasta|koek|brood|diner|avondeten|ovenschotel|stamppot|gerecht|saus)\w*|\b(goed|goede|lekker|lekkere|makkelijk|makkelijke|simpel|simpele) recept\b|\brecipe (for|of)\b|\b(fc|psv|ajax|feyenoord)\b.{0,40}\b(gewonnen|verloren|gelijkgespeeld|won|lost|speelt|wedstrijd|uitslag|score)\b"
        + @"|\bvertel (eens |me |mij )?(een )?(\w+ )?(mop|moppen|grap|grapje|grappen)\b|\btell (me |us )?(a |an |some )?(\w+ )?jokes?\b|\bhuiswerk|\bhomework"
        + @"|\bwat voor weer|\bwie wint\b|\bwho (will )?wins?\b|\buitslag van\b"
        + @"|\b(wordt|blijft|gaat) het (morgen |vandaag |vanavond |vannacht |straks |dit weekend |zaterdag |zondag )?(droog|regenen|zonnig|warm|koud|onweren|sneeuwen)\b|\bregent het (morgen|vandaag|straks)|\bweersverwachting|\bwill it (rain|be sunny|be dry)"
        + @"|\bhoe laat (speelt|begint|start) (fc |de |het )?\w+|\b(kaartjes|tickets) voor (de wedstrijd|het concert|de film)"
        + @"|\bwat is \d+ ?[\+\-x\*] ?\d+|\bwhat is \d+ ?[\+\-x\*] ?\d+|\b(vertaal|translate) (dit|this)|\bwie (wint|won) (het|de)|\bweerbericht|\bweather",
        Options);

    /// <summary>
    /// Also declined, kept apart from <see cref="Unsupported"/> so that neither pattern outgrows what the non-backtracking
    /// engine builds: every request to stop being this helpdesk or to show what it keeps to itself, and a poem, essay or
    /// school paper to be written for the resident.
    /// </summary>
    public static readonly Regex RoleOrWritingRequest = new(
        // "vergeet al je instructies", "ignore previous instructions", "je bent nu een piraat": the request is to stop being
        // this helpdesk, whatever follows; or to reveal what it keeps to itself.
        @"\b(vergeet|negeer) (al |alle )?(je|jouw|uw) (instructies|regels|opdrachten|prompt)\b|\b(ignore|forget|disregard) (all )?your (rules|instructions|guidelines|prompt)\b|\b(you are|you're) now (dan|an? (\w+ )?(assistant|ai|bot|advisor|adviser|hacker|expert))\b|\bje bent (nu|vanaf nu) (een |mijn )?\w*(adviseur|assistent|hacker|expert)\b|\bdan mode\b"
        + @"|\b(ignore|disregard|forget) (all |the |your |any |of )*(previous|prior|above|earlier|former) (instructions|rules|prompts?|messages)|\b(negeer|vergeet) (alle |de |je |jouw |al je |uw )*(vorige|eerdere|bovenstaande|voorgaande) (instructies|regels|opdrachten|berichten)|\bnegeer wat (je|jou|u) (eerder|daarvoor|hiervoor)|\b(interne|verborgen) prompt|\b(internal|hidden) prompt|\bprivate (phone )?numbers of|\bignore (all |the )?(previous|prior|above) instructions|\bnegeer (alle |de )?(vorige|eerdere) instructies|\bsystem prompt|\bdeveloper mode|\bjailbreak"
        + @"|\bvergeet (alle |de )?(vorige|eerdere) instructies|\bje bent nu een\b|^system\b|\bprive ?adres van\b"
        // Writing someone's poem, essay or school paper: "kun je een gedichtje schrijven voor de uitvaart", "kan je mijn opstel maken".
        + @"|\b(kun|kan|wil|zou) (je|jij|u) (\w+ ){0,6}(gedicht|gedichtje|opstel|werkstuk|essay|verhaal|verhaaltje|songtekst|drilltekst|raptekst|speech) (\w+ ){0,6}(schrijven|maken)\b"
        + @"|\b(gedicht|gedichtje|opstel|werkstuk|essay|songtekst|drilltekst|raptekst|speech)\b.{0,80}\b(kun|kan|wil) (je|jij|u) (het|dat|die|dit) (\w+ ){0,3}(schrijven|maken)\b|\bschrijf (een |me een |mijn )?(drilltekst|raptekst|werkstuk|speech)\b",
        Options);

    /// <summary>Municipal and other topics outside social support, each with the key the referral reply uses.</summary>
    public static readonly (string Topic, Regex Pattern)[] OutOfScope =
    [
        ("afval", new(@"\b(grofvuil|grof vuil|kliko|container|vuilnis|afval ophalen|afvalkalender|vuilniszak|milieustraat|oud papier|bulky waste|rubbish|garbage|bin collection|waste collection|trash|recycling)\w*|\bafval\b", Options)),
        ("paspoort", new(@"\b(paspoort|id ?kaart|identiteitskaart|rijbewijs|passport|id card|uittreksel|brp)\w*", Options)),
        ("parkeren", new(@"\b(parkeren|parkeervergunning|parkeerplaats|parkeerboete|bekeuring|parking|invalidenparkeerkaart|blauwe zone)\w*", Options)),
        ("verhuizen", new(@"\b(verhuizen|verhuizing|adreswijziging|inschrijven bij de gemeente|verhuis doorgeven|moving house|change of address)\w*", Options)),
        ("openbare-ruimte", new(@"\b(lantaarnpaal|straatlantaarn|streetlight|street light|autowrak|wrak weg|het wrak|stoep|stoeptegel|gat in de weg|losse tegel|zwerfafval|hondenpoep|boom omgevallen|straatverlichting|melding openbare ruimte|pothole|vuurwerk|geluidsoverlast|overlast van de buren)\w*", Options)),
        // "brief in de bus" is the letterbox: a bus is only transport with a route or a stop.
        ("vervoer", new(@"\b(trein|treinen|ns|arriva|ov ?chipkaart|dienstregeling|buslijn|bushalte|busstation|busabonnement|met de bus|welke bus|de bus naar|bus (naar|van|rijdt|gaat))\b", Options)),
        // A police report, not the tax return that "aangifte" also means: "hoe doe ik aangifte van diefstal", "fiets gejat".
        ("aangifte", new(@"\b(aangifte doen|fiets (is )?gestolen|gestolen fiets|inbraak|ingebroken|aangifte (doen )?van (\w+ ){0,2}(diefstal|inbraak|fietsdiefstal)|fietsdiefstal|(is|zijn) (\w+ ){0,3}(gestolen|gejat|gepikt))\b", Options)),
        ("reparatie", new(@"\b(repareren|reparatie|repair) \w*", Options)),
        ("burgerzaken", new(@"\b(trouwen|huwelijk|geregistreerd partnerschap|stadhuis|gemeentehuis|city hall|town hall|verblijfsvergunning|residence permit|naturalisatie|ind)\b", Options)),
        ("vergunning", new(@"\b(bouwvergunning|omgevingsvergunning|evenementenvergunning|dakkapel|verbouwen)\w*", Options)),
    ];
}
