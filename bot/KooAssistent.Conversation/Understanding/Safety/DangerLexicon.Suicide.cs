using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>Wanting to die, means, places and plans, farewell, and self-harm.</summary>
internal static partial class DangerLexicon
{
    private static IEnumerable<ConceptForm> Suicide() =>
    [
        .. Dutch(DangerConcepts.SuicideWord,
            "zelfmoord*|zelfdoding|zelfmoor*|zelf moord|zelf moordt|suicid*|suicidaal|suïcidaal|suizid*|doodswens|levensmoe*|zelfdodingsgedachten|zelfmoordgedachte*|zelfmoordplan*|zelfmoordpoging*|kms"),
        .. English(DangerConcepts.SuicideWord, "suicide|suicidal|kms|kys|unalive|unaliving|suicide attempt"),
        .. Dutch(DangerConcepts.DeathWish,
            "waarom ik hier nog ben|waarom ik nog leef|waarom ik er nog ben|waarom ben ik er nog|niemand mist me|niemand mist mij|niemand zou me echt missen|wil niet meer wakker worden|hoef niet meer wakker te worden|niet meer wakker hoeven|niet meer leven|nie meer leven|niet meer leve|nie meer leve|niet langer leven|niet meer willen leven|niet meer wil leven|wil niet meer leven|wil nie meer leven|wil niet meer leve|wil nie meer leve|wil niet leven"
            + "|er niet meer zijn|er niet meer wil zijn|er niet meer zou zijn|er niet meer ben|er niet meer was|er nie meer zijn|hier niet meer zijn|niet meer hier zijn|niet meer bestaan|wil niet meer bestaan"
            + "|een eind aan mijn leven|een einde aan mijn leven|eind aan mijn leven|einde aan mijn leven|een eind aan maken|een einde aan maken|eind aan maken|einde aan maken|er een eind aan|er een einde aan|er eind aan|er een punt achter"
            + "|uit het leven stappen|uit het leven te stappen|er uit stappen|eruit stappen|er tussenuit|ertussenuit knijpen|mezelf van kant|mezelf ophangen|mezelf verhangen|mezelf doden|mezelf iets aandoen|mezelf iets aan te doen|mezelf wat aandoen"
            + "|zichzelf iets aandoen|zichzelf iets aan te doen|zichzelf wat aandoen|zichzelf van kant|zichzelf ophangen|zichzelf doden|zich iets aandoen|zich iets aan te doen|zichzelf te doden|mezelf te doden|mijzelf iets aandoen"
            + "|geen uitweg|geen uitweg meer|zie geen uitweg|geen zin meer in het leven|geen zin meer om te leven|geen reden om te leven|geen reden meer om te leven|leven heeft geen zin|leven heeft geen zin meer|heeft allemaal geen zin meer"
            + "|beter af zonder mij|beter af zonder me|beter af als ik er niet|beter af als ik dood|beter zonder mij|beter zonder me|iedereen beter af|niemand zou me missen|niemand zal me missen|niemand gaat me missen|niemand mist me als"
            + "|nooit meer wakker|niet meer wakker worden|niet meer wakker te worden|nie meer wakker worden|niet meer op te staan|nooit meer op te staan|nooit meer opstaan|slapen en nooit meer|inslapen en niet meer"
            + "|afscheidsbrief|afscheidsbrieven|afscheidsbriefje|afscheidsberichten|afscheidsbericht|klaar met leven|klaar met het leven|klaar met dit leven|stoppen met leven|stoppen met het leven|het leven niet meer zien zitten"
            + "|zie het niet meer zitten|zie het echt niet meer zitten|zie het nie meer zitten|zie t niet meer zitten|zie het allemaal niet meer zitten|ziet het niet meer zitten|liever dood|was ik maar dood|had ik maar nooit bestaan|was ik maar nooit geboren"
            + "|wou dat ik dood was|wilde dat ik dood was|wens dat ik dood was|wou dat ik er niet meer was|het hoeft voor mij niet meer|het hoeft niet meer|hoeft allemaal niet meer|het leven hoeft niet meer"
            + "|niet meer verder willen|wil niet meer verder|wil niet verder leven|kan niet meer verder leven|ga er een eind aan|ga er een einde aan|maak er een eind aan|maak er een einde aan|maak er vanavond een eind"),
        .. English(DangerConcepts.DeathWish,
            "why am i still here|why im still here|didnt wake up|didn t wake up|wouldnt wake up|dont wake up|not to exist|stop existing|disappear forever|kill myself|killing myself|kill my self|end my life|ending my life|end it all|end it|ending it|take my own life|take my life|not want to live|don't want to live|dont want to live|do not want to live|don't want to be alive|dont want to be alive"
            + "|want to be dead|wanna be dead|better off dead|better off without me|no reason to live|no point in living|nothing to live for|no way out|not be here anymore|not be here tomorrow|not here anymore|wish i was dead|wish i were dead|wish i wasn't alive"
            + "|rather be dead|never wake up|not wake up|not to wake up|go to sleep forever|sleep forever|suicide note|goodbye letter|goodbye letters|goodbye note|done with life|tired of living|tired of being alive|can't go on living|don't want to exist|dont want to exist"
            + "|want to disappear forever|nobody would miss me|no one would miss me|noone would miss me|nobody will miss me|no one will miss me|when i'm gone|after i'm gone|once i'm gone|hurt myself|harm myself|off myself"),
        .. Dutch(DangerConcepts.Desire, "het liefst|zou het liefst|ik zou|wil|wilt|wou|wilde|willen|wens|wenst|wenste|verlang|verlangt|hoop|hoopt|liefst|zou willen|graag|kwil|wel willen|wilde ik|wil ik"),
        .. English(DangerConcepts.Desire, "want|wanna|wish|wished|hope|hoping|rather|would like|want to|wanted to"),
        .. Dutch(DangerConcepts.Death, "verdwijnen|verdwijn|verdwenen zijn|weg zijn|er niet zijn|oplossen in het niets|dood|doodgaan|dood gaan|dood te gaan|sterven|te sterven|overlijden|dood zijn|doodgaan|weg zijn voor altijd|voorgoed weg"),
        .. English(DangerConcepts.Death, "disappear|vanish|be gone|not exist|die|dead|dying|to die|death"),
        .. Dutch(DangerConcepts.DeathNoun, "hond dood|kat dood|poes dood|konijn dood|paard dood|huisdier dood|vader dood|moeder dood|man dood|vrouw dood|oma dood|opa dood|papa dood|mama dood|broer dood|zus dood|vriend dood|vriendin dood|zoon dood|dochter dood|kind dood|baby dood|plant dood|plantjes dood|buurman dood|buurvrouw dood|partner dood|ex dood|de dood|zijn dood|haar dood|hun dood|na de dood|dood van|de dood van|is dood|was dood|ging dood|dood gegaan|doodgegaan|dood ging|overleden"),
        .. English(DangerConcepts.DeathNoun, "dog died|cat died|dog is dead|cat is dead|dad died|mum died|mom died|husband died|wife died|is dead now|the death|his death|her death|died|passed away|is dead|was dead"),
        .. Dutch(DangerConcepts.EndIt, "een einde aan|een eind aan|einde aan|eind aan|er een punt achter|er een streep onder"),
        .. English(DangerConcepts.EndIt, "end it|end to it|put an end"),
        .. Dutch(DangerConcepts.Relationship, "relatie|huwelijk|vriendschap|contract|abonnement|ruzie|scheiding|discussie|gesprek|samenwonen|verhouding|lidmaatschap|baan|studie|opleiding|schuld|schulden|situatie|pesten|dat gedoe"),
        .. English(DangerConcepts.Relationship, "relationship|marriage|friendship|contract|subscription|argument|fight|conversation|job|studies|debt|situation|bullying"),
        .. Dutch(DangerConcepts.Means,
            "*pillen|*pil|*tabletten|*medicijnen|*medicatie|mesje|scheermesje|scheermesjes|snijmesje|oxazepam strip|riem|kabel|slang|pillen|pil|pilletjes|tabletten|tablet|medicijnen|medicatie|slaappillen|slaappil|slaapmiddel*|paracetamol|oxazepam|temazepam|diazepam|antidepressiva|insuline|strip|strips|pot pillen|touw|strop|scheermes*|mesjes|mes|messen|gif|rattengif|gifstof|bleek|antivries|wapen|pistool|autogassen|uitlaatgassen"),
        .. English(DangerConcepts.Means, "pills|pill|tablets|meds|medication|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|insulin|rope|noose|razor|blade|blades|knife|poison|bleach|gun"),
        .. Dutch(DangerConcepts.Gathered,
            "gespaard|opgespaard|spaar|spaart|verzameld|verzamel|verzamelt|opgepot|klaarliggen|klaar liggen|liggen klaar|ligt klaar|klaargelegd|klaar gelegd|gekocht|besteld|in huis gehaald|gehamsterd|bewaard|verstopt|heb ik al|heb al|liggen al"),
        .. English(DangerConcepts.Gathered, "saved|saving|stockpiled|stockpiling|collected|collecting|hoarded|hoarding|bought|ordered|ready|hidden|stashed|got enough"),
        .. Dutch(DangerConcepts.AllAtOnce,
            "tegelijk|tegelijkertijd|allemaal|alles tegelijk|allemaal tegelijk|in een keer|ineens innemen|in 1 keer|alles innemen|allemaal innemen|allemaal in|alle pillen|al mijn pillen|al die pillen|allemaal opslikken|alles opslikken"),
        .. English(DangerConcepts.AllAtOnce, "all of them|all at once|all my pills|all the pills|at once|in one go"),
        .. Dutch(DangerConcepts.Lethal,
            "genoeg om dood te gaan|genoeg om niet meer wakker|om mezelf te doden|om mezelf iets aan te doen|dodelijk*|dodelijke dosis|om dood te gaan|om te sterven|om niet meer wakker|om nooit meer wakker|om er een eind|om er een einde|om eruit te stappen|zodat ik doodga|zodat ik dood"),
        .. English(DangerConcepts.Lethal, "enough to die|enough to kill|enough to end|lethal|fatal|to die|to kill myself|to end it|so i don't wake up|so i dont wake up|overdose on|od on"),
        .. Dutch(DangerConcepts.Jump, "springen|spring|springt|sprong|gesprongen|eraf springen|naar beneden springen|naar beneden|eraf|af te springen|laten vallen|voor de trein|onder de trein|voor een trein|voor de bus|voor een auto|stap voor"),
        .. English(DangerConcepts.Jump, "jump|jumping|jumped|leap|throw myself|step in front|in front of a train|in front of the train|off the bridge|off the roof"),
        .. Dutch(DangerConcepts.Height,
            "dak|flat|brug|balkon|toren|parkeergarage|verdieping|hoogste verdieping|bovenste verdieping|rand|de rand|reling|viaduct|flatgebouw|galerij|klif|de hoogte|10 hoog|tien hoog|hoog|hoogbouw"),
        .. English(DangerConcepts.Height, "roof|rooftop|bridge|balcony|tower|edge|ledge|top floor|parking garage|cliff|building"),
        .. Dutch(DangerConcepts.Train, "spoorlijn|het spoor|station|treinrails|trein|spoor|spoorlijn|rails|overweg|treinen|snelweg"),
        .. English(DangerConcepts.Train, "railway line|the station|the tracks|train tracks|train|tracks|railway|rail|highway|motorway"),
        .. Dutch(DangerConcepts.StandAt, "sta op|sta nu op|zit op|zit nu op|sta bij|sta aan|sta op de rand|zit op de rand|sta boven|sta hier|ben nu op|sta op het|sta naast het spoor|loop naar"),
        .. English(DangerConcepts.StandAt, "standing on|sitting on|i'm on|im on|standing at|i'm at the|im at the|on the edge|walking to"),
        .. Dutch(DangerConcepts.Farewell,
            "dit is mijn laatste bericht|brieven geschreven|brief geschreven aan|brieven aan|afscheidsbrief|mijn kat naar|mijn hond naar|wie er voor mijn|afscheid|afscheid nemen|afscheid genomen|vaarwel|dag zeggen|iedereen gedag|spullen weggeven|spullen weg gegeven|spullen weggegeven|alles weggeven|alles weggegeven|testament|mijn spullen verdeeld"
            + "voor als ik er niet meer ben|als ik er niet meer ben|wanneer ik er niet meer ben|voor na mijn dood|na mijn dood|mijn begrafenis|mijn uitvaart|alles geregeld|alles is geregeld|heb alles geregeld|zaken geregeld"
            + "wie zorgt er voor mijn|wie voor mijn kat|wie voor mijn hond|sorry voor alles|het spijt me voor alles|vergeef me|laatste bericht"),
        .. English(DangerConcepts.Farewell,
            "written letters|wrote letters|who will look after my|take care of my cat|take care of my dog|goodbye|say goodbye|saying goodbye|said goodbye|farewell|giving away my|gave away my|giving my stuff away|gave my stuff away|my will|my funeral|sorted everything|put my affairs in order|affairs in order|sorry for everything|forgive me|last message"),
        .. Dutch(DangerConcepts.Finality, "voor altijd|voorgoed|definitief|nooit meer|niet meer terug|laatste keer|voor het laatst|het is zover|zover is|het wordt tijd"),
        .. English(DangerConcepts.Finality, "forever|for good|for the last time|never again|one last|it's time|its time|won't be back|wont be back"),
        .. Dutch(DangerConcepts.Plan,
            "plan|plannen|gepland|datum|de datum|datum geprikt|besloten|uitgezocht|opgezocht|weet hoe|weet al hoe|weet precies hoe|hoe ik het ga doen|hoe ik het doe|hoe ik het moet doen|manier|methode|het zover|zaterdag|zondag|vanavond|vannacht|morgen|binnenkort|brief geschreven|een brief"),
        .. English(DangerConcepts.Plan, "tomorrow morning|going to the|im going to the|i will go to|plan|planned|planning|the date|a date|decided|researched|looked up|know how|figured out how|method|tonight|tomorrow|this weekend|wrote a letter|written a letter"),
        .. Dutch(DangerConcepts.SelfHarmWord, "doe mezelf pijn|doe mijzelf pijn|doet zichzelf pijn|deed mezelf pijn|doe mezelf iets aan|hoofd tegen de muur|hoofd tegen muur|mijn hoofd tegen|bonk mijn hoofd|sla mijn hoofd|mezelf slaan|mezelf sla|mezelf branden|mezelf verbranden|mezelf uithongeren|automutilatie|zelfbeschadiging|zelfverwonding|zelfbeschadigend|zelfverwondend|zelf beschadiging|snijgedrag|mezelf snijden|mezelf krassen|mezelf pijn doen|mezelf pijn te doen|zichzelf pijn doen"),
        .. English(DangerConcepts.SelfHarmWord, "hitting my head|hit my head|bang my head|banging my head|my head against the wall|punch myself|punching myself|starving myself|self harm|selfharm|self-harm|self-harming|self harming|self injury|self-injury|cutting myself|burning myself|hurting myself"),
        .. Dutch(DangerConcepts.SelfHarmAct,
            "snei|sneid|snee|snei in|sneed in|opengehaald|open gehaald|openhalen|opengesneden|opensnijden|openkrassen|opengekrast|krassen in|kras in|snij in|snijd in|snijden|snij|snijd|snijdt|sneed|sneden|gesneden|krassen|kras|krast|kraste|gekrast|branden|brand|brandt|verbrand|verbranden|beschadigen|beschadig|beschadigt|verwond|verwonden|verwondt"),
        .. English(DangerConcepts.SelfHarmAct, "cut|cuts|cutting|burn|burns|burning|burned|scratch|scratching"),
        .. Dutch(DangerConcepts.Wound,
            "brandplekjes|brandplekje|plekjes|blauwe plekken|blauwe plek|striemen|wond|wondje|open wond|sneden|sneetjes|snee|snijwonden|snijwond|krassen|krasjes|littekens|wondjes|wonden|brandplekken|brandwonden|kerven|streepjes|scheermesje|scheermesjes|mesjes|bloed|bloedende"),
        .. English(DangerConcepts.Wound, "bruises|bruise|welts|marks|burn marks|cuts|cut marks|scars|scratches|wounds|burns|razor|razors|blades|blood|bleeding"),
        .. Dutch(DangerConcepts.BodyPart, "rug|gezicht|nek|hals|billen|hoofd|handen|hand|schouder|schouders|lichaam|rugje|gezichtje|armpjes|beentjes|arm|armen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|buik|heup|heupen|onderarm|onderarmen|enkels|lijf|huid"),
        .. English(DangerConcepts.BodyPart, "back|face|neck|head|hands|shoulders|body|arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|belly|hips|skin|forearm|forearms"),
    ];
}
