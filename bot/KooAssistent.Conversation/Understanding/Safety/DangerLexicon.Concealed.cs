using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Danger told by what surrounds it rather than by the act: an older person's money taken while they are kept short,
/// a letter left with what someone needs for after, marks on a neck, pain sought to feel anything at all. Each concept
/// here is harmless alone; only the rules that combine them read danger.
/// </summary>
internal static partial class DangerLexicon
{
    private static IEnumerable<ConceptForm> Concealed() =>
    [
        .. Dutch(DangerConcepts.Elder,
            $"oma|opa|omaatje|opaatje|grootmoeder|grootvader|bejaarde|bejaarden|hoogbejaarde|oudere dame|oudere mevrouw|oudere meneer|oudere vrouw|oude dame|oude mevrouw|oude meneer|oud vrouwtje|oud mannetje|{AgeMarks.ElderMark}"),
        .. English(DangerConcepts.Elder,
            $"grandma|grandpa|granny|grandmother|grandfather|nan|elderly|older lady|old lady|older woman|old woman|older man|old man|older client"),
        .. Dutch(DangerConcepts.VulnerableAdult, "bijna blind|slechtziend|verstandelijke beperking|verstandelijk beperkt|licht verstandelijk|lvb|in een rolstoel|bedlegerig|kan niet meer lezen|kan zelf niet meer lezen"),
        .. English(DangerConcepts.VulnerableAdult, "nearly blind|almost blind|learning disability|intellectual disability|in a wheelchair|bedridden|can't read anymore"),
        .. Dutch(DangerConcepts.MoneyTaken,
            "rekening leeg|rekening is leeg|rekening was leeg|rekening helemaal leeg|rekening leeggehaald|rekening leeggeroofd|spaargeld is weg|spaargeld weg|spaargeld opgemaakt|haalt geld van haar|haalt geld van zijn|haalde geld van haar|haalde geld van zijn|pint van haar rekening|pint van zijn rekening|pinpas afgepakt|bankpas afgepakt|heeft haar pinpas|heeft zijn pinpas|haar pinpas heeft|zijn pinpas heeft|haar bankpas heeft|zijn bankpas heeft|heeft haar bankpas|heeft zijn bankpas|beheert nu haar geld|beheert nu zijn geld|regelt nu haar geld|regelt nu zijn geld|duizenden euro naar hem|duizenden euro naar haar|weiland verkocht|tractor verkocht|auto verkocht|sieraden verkocht|haar huis verkocht|zijn huis verkocht|bankmachtiging|machtiging over haar rekening|machtiging over zijn rekening|pensioen afgepakt|pensioen houdt hij", "spaargeld van|heeft zijn pas|heeft haar pas|geholpen met zijn bankzaken|geholpen met haar bankzaken|helpt met zijn bankzaken|helpt met haar bankzaken", "beheert sinds|beheert de bankpas|beheert zijn bankpas|beheert haar bankpas|beheert de pinpas|spaarrekening is leeg|spaarrekening leeg|spaarrekening is leeggehaald|bankrekening is leeg|rijdt ineens in een nieuwe auto|ineens een nieuwe auto"),
        .. English(DangerConcepts.MoneyTaken,
            "took his bank card|took her bank card|has her bank card|has his bank card|manages her money|manages his money|thousands going to him|thousands going to her|emptied her account|emptied his account|her account is empty|his account is empty|took her savings|took his savings|sold the tractor|sold the car|sold her car|sold his car|sold her house|sold his house|sold her jewellery|took her pension|took his pension", "helps with his banking|helps with her banking|his savings are gone|her savings are gone|has his card|has her card", "savings account is empty|savings account was empty|suddenly drives a new car"),
        .. Dutch(DangerConcepts.KeptUnder,
            "niet meer alleen naar buiten|niet alleen naar buiten|mag niemand bellen|mag mij niet bellen|mag mij niet meer bellen|mag me niet bellen|mag niet meer bellen|krijgt amper eten|krijgt bijna geen eten|krijgt geen eten|krijgt nauwelijks eten|koelkast is leeg|koelkast leeg|lege koelkast|geen eten in huis|erg afgevallen|veel afgevallen|vermagerd|als ze het iemand vertelt|als hij het iemand vertelt|niemand mag het weten|naar een verpleeghuis als|naar het verpleeghuis als|in een tehuis als", "durft niks te zeggen|durft niets te zeggen|durft er niks van te zeggen|durft er niets van te zeggen|durft niemand iets te zeggen|is bang om iets te zeggen", "durft er niks over te zeggen|durft er niets over te zeggen|durft er niks van te zeggen|dan komt hij niet meer|dan komt ze niet meer|anders komt hij niet meer|huur is 3 maanden niet betaald|huur is al maanden niet betaald"),
        .. English(DangerConcepts.KeptUnder,
            "not allowed to phone|not allowed to call|not allowed to see|not allowed out|no food in the fridge|fridge is empty|empty fridge|lost a lot of weight|lost weight|if she tells anyone|if he tells anyone|nursing home if|care home if", "too scared to say anything|afraid to say anything|scared to tell anyone"),

        .. Dutch(DangerConcepts.LetterNoun, "brief|briefje|brieven|briefjes|afscheidsbrief|kaartje"),
        .. English(DangerConcepts.LetterNoun, "letter|letters|note|notes"),
        .. Dutch(DangerConcepts.LeftOrWritten, "geschreven|gelegd|neergelegd|klaargelegd|klaar gelegd|achtergelaten|klaargezet|opgeschreven|schrijf ik|heb ik geschreven"),
        .. English(DangerConcepts.LeftOrWritten, "wrote|written|left|put on the table"),
        .. Dutch(DangerConcepts.WithThem, "bij hem zijn|bij haar zijn|naar hem toe ga|naar haar toe ga|naar hem toe gaan|naar haar toe gaan|naar hem toe kan|naar haar toe kan|weer bij hem|weer bij haar"),
        .. English(DangerConcepts.WithThem, "be with him|be with her|go to him|go to her|join him|join her"),
        .. Dutch(DangerConcepts.Handover,
            "code van de kluis|de code van de kluis|pincode|pincodes|wachtwoorden|wie hij moet bellen|wie ze moet bellen|wie hij voor|wie ze voor|moet overnemen|moeten overnemen|over moet nemen|overnemen vanaf|waar de papieren liggen|waar alles ligt"),
        .. English(DangerConcepts.Handover, "code for the safe|pin code|passwords|who to call|has to take over|must take over|take over from|where the papers are|where everything is"),
        .. Dutch(DangerConcepts.LastTime, "voor het laatst|een laatste keer|nog een laatste keer|nog één keer goed|nog een keer goed|nog 1 keer goed|nog eenmaal"),
        .. English(DangerConcepts.LastTime, "one last time|for the last time|a last time"),
        .. Dutch(DangerConcepts.Unaware, "weet nog niet dat|weet het nog niet|weten nog niet dat|weten het nog niet|weet nog van niks|weet nog van niets"),
        .. English(DangerConcepts.Unaware, "doesn't know yet|doesnt know yet|don't know yet|dont know yet|has no idea yet"),

        .. Dutch(DangerConcepts.StrangleMarks,
            "vingerafdrukken in mijn nek|vingerafdrukken in je nek|vingerafdrukken in haar nek|vingerafdrukken in mn nek|vingerafdrukken op mijn keel|vingerafdrukken op mijn hals|vingerafdrukken op haar hals|vingers in mijn nek|afdrukken van vingers|afdrukken van zijn vingers|striemen in mijn nek|striemen op mijn hals|plekken in mijn nek|plekken op mijn keel|plekken op mijn hals|plekken in haar nek|plekken op haar hals|plekken in je nek|blauwe plekken in mijn nek|blauwe plekken op mijn hals"),
        .. English(DangerConcepts.StrangleMarks, "finger marks on my neck|fingermarks on my neck|finger marks on her neck|marks on my neck|marks on her neck|bruises on my neck|bruises on her neck|bruises on my throat|bruises on her throat"),
        .. Dutch(DangerConcepts.ForbidsDoctor,
            "wil niet dat ik naar de huisarts|wil niet dat ik naar de dokter|wil niet dat ik naar de eerste hulp|mag niet naar de huisarts|mag niet naar de dokter|mag van hem niet naar de huisarts|mag van hem niet naar de dokter|laat me niet naar de dokter|laat me niet naar de huisarts|wil niet dat ze naar de huisarts|wil niet dat ze naar de dokter"),
        .. English(DangerConcepts.ForbidsDoctor, "won't let me see a doctor|wont let me see a doctor|won't let me go to the doctor|wont let me go to the doctor|not allowed to see a doctor|doesn't want me to see a doctor|doesnt want me to see a doctor|won't let me go to the gp"),
        .. Dutch(DangerConcepts.Injury, "gekneusd|gekneusde|kneuzing|neus is gebroken|rib is gebroken|ribben zijn gebroken|pols is gebroken|arm is gebroken|gebroken rib|gebroken ribben|gebroken neus|bloedneus|gescheurde lip|dikke lip|gebarsten lip|hersenschudding|verstuikt|verstuikte"),
        .. English(DangerConcepts.Injury, "bruised|sprained|nose is broken|rib is broken|ribs are broken|wrist is broken|arm is broken|broken rib|broken ribs|broken nose|nosebleed|split lip|swollen lip|concussion"),
        .. Dutch(DangerConcepts.Eggshells, "loop ik op eieren|op eieren lopen|loop op eieren|lopen op eieren|op mijn tenen thuis|op eieren loop"),
        .. English(DangerConcepts.Eggshells, "walking on eggshells|walk on eggshells|walk on egg shells|walking on egg shells"),
        .. Dutch(DangerConcepts.SecretLeave, "zonder dat hij het weet|zonder dat hij het merkt|zonder dat hij erachter komt|zonder dat hij het doorheeft|zonder dat ze het weet|zonder dat ze erachter komt|zonder dat mijn man het weet|zonder dat mijn vriend het weet"),
        .. English(DangerConcepts.SecretLeave, "without him knowing|without him finding out|without her knowing|without my husband knowing|without my partner knowing"),
        .. Dutch(DangerConcepts.AccidentsHappen, "ongelukjes gebeuren|ongelukjes kunnen gebeuren|er gebeuren ongelukjes|ongelukken gebeuren met|er gebeuren ongelukken met|ongelukjes met lastige"),
        .. English(DangerConcepts.AccidentsHappen, "accidents happen to|accidents can happen to|accidents happen with"),
        .. Dutch(DangerConcepts.PropertyDamage, "banden doorgesneden|banden doorgestoken|banden lek gestoken|banden kapot gestoken|ruit ingegooid|ruiten ingegooid|ruit ingeslagen|auto bekrast|auto beklad|brievenbus vernield|brievenbus opgeblazen|deur beklad"),
        .. English(DangerConcepts.PropertyDamage, "tyres slashed|tires slashed|slashed my tyres|slashed my tires|window smashed|windows smashed|car keyed|keyed my car"),
        .. Dutch(DangerConcepts.HotObject, "strijkijzer|strijkbout|hete strijkijzer|sigaret|sigaretten|aansteker|kookplaat|hete pan|heet water", "hete oven|de oven|ovenplaat|bakplaat|hete plaat", "ovendeur|hete ovendeur|ovenruit"),
        .. English(DangerConcepts.HotObject, "iron|hot iron|cigarette|cigarettes|lighter|stove|hot pan|boiling water", "hot oven|oven door|hot plate"),
        .. Dutch(DangerConcepts.FeelSomething, "voel ik weer iets|voel ik weer even iets|voel ik tenminste iets|voel ik nog iets|om iets te voelen|om wat te voelen|om weer iets te voelen|zodat ik iets voel"),
        .. English(DangerConcepts.FeelSomething, "to feel something|feel something again|just to feel anything|so i feel something|at least i feel something"),
        .. Dutch(DangerConcepts.DidAsHeWanted, "gedaan wat hij wilde|gedaan wat hij wou|deed wat hij wilde|deed wat hij wou|deed hij wat hij wilde|heeft zijn gang gegaan|is zijn gang gegaan|ging zijn gang|zijn zin gedaan"),
        .. English(DangerConcepts.DidAsHeWanted, "did what he wanted|had his way with me|had his way with her|did whatever he wanted"),
        .. Dutch(DangerConcepts.Grabbed, "vastgepakt|vastgegrepen|beetgepakt|greep me vast|greep mij vast|pakte me vast|pakte mij vast|greep me beet|pakte me beet"),
        .. English(DangerConcepts.Grabbed, "grabbed me|grabbed hold of me|grabbed her|seized me"),
        .. Dutch(DangerConcepts.OnPurpose, "expres|express|met opzet|opzettelijk|met voorbedachten rade|bewust tegen"),
        .. English(DangerConcepts.OnPurpose, "on purpose|deliberately|purposely"),
        .. Dutch(DangerConcepts.CoverUp, "coltrui|col trui|zonnebril|lange mouwen|lange mouw|maillot|sjaal om|dikke laag make-up|make-up op|foundation"),
        .. English(DangerConcepts.CoverUp, "turtleneck|sunglasses|long sleeves|tights|scarf|concealer|thick make-up"),
        .. Dutch(DangerConcepts.NobodySees, "zodat niemand het ziet|zodat niemand iets ziet|zodat niemand het merkt|zodat de juf niks vraagt|zodat de juf niets vraagt|zodat niemand iets vraagt|zodat niemand vragen stelt|zodat ze op school niks zien|zodat ze niks zien"),
        .. English(DangerConcepts.NobodySees, "so nobody sees|so no one sees|so nobody asks|so no one asks|so the teacher doesn't ask|so the teacher wont ask"),
        .. Dutch(DangerConcepts.VisitThreat, "huis bezoeken als ik|huis bezoeken als je|huis komen bezoeken als"),
        .. English(DangerConcepts.VisitThreat, "pay a visit to my mum if|pay my mother a visit if|visit my mums house if|visit my mothers house if|visit your family if"),
        // A fit going on as the resident writes: "hij ligt te schokken en zijn ogen draaien weg".
        .. Dutch(DangerConcepts.SeizingNow, "ligt te schokken|ligt te schokke|ligt nog te schokken|ligt te stuiptrekken|ogen draaien weg|oge draaie weg|ogen rollen weg|ogen draaien naar boven"),
        .. English(DangerConcepts.SeizingNow, "is fitting on the floor|is having a fit|eyes rolling back|eyes are rolling back"),
        // Urine the colour of cola after heavy training or a fall: muscle breaking down, which can stop the kidneys.
        .. Dutch(DangerConcepts.DarkUrine, "plas cola kleurig|cola kleurig|colakleurig|colakleurige plas|plas als cola|plas is donkerbruin|donkerbruine plas|urine als cola|urine is donkerbruin|plas is bruin als cola", "cola-kleurig|cola-kleurige|cola-achtig|cola-bruin"),
        .. English(DangerConcepts.DarkUrine, "cola coloured urine|cola colored urine|cola coloured pee|pee is brown|brown urine|dark brown urine|urine looks like cola|pee looks like cola"),
        .. Dutch(DangerConcepts.SiblingJealousy, "zei tegen de baby|zegt tegen de baby|roept tegen de baby|zei tegen zijn zusje|zei tegen zijn broertje|zei tegen haar zusje|zei tegen haar broertje|zegt tegen zijn zusje|zegt tegen zijn broertje|zegt tegen haar zusje|zegt tegen haar broertje|jaloers op de baby|jaloers op zijn zusje|jaloers op haar zusje|jaloers op zijn broertje|jaloers op haar broertje|zo jaloers|is jaloers|erg jaloers|jaloers sinds"),
        .. English(DangerConcepts.SiblingJealousy, "said to the baby|says to the baby|told the baby|jealous of the baby|jealous of his sister|jealous of her brother|so jealous|jealous since"),
    ];
}
