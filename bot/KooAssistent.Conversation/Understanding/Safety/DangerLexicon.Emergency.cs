using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Concepts.ConceptForms;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>Medical emergencies, fire, gas and carbon monoxide, a missing child, and an acute mental crisis.</summary>
internal static partial class DangerLexicon
{
    private static IEnumerable<ConceptForm> Emergency() =>
    [
        .. Dutch(DangerConcepts.MedicalEmergency,
            "praat onduidelijk|praat heel onduidelijk|op de grond ligt|ligt op de grond|kan niet meer opstaan|niet meer op kan staan|kan niet opstaan|kan niet meer overeind|gevallen en kan niet|gezicht heel dik|gezicht is dik|gezicht dik|gezicht opgezwollen|kan bijna niet ademen|ademt heel langzaam|ademt langzaam|snurkt raar|raar snurkend|snurkend|grijze lippen|lippen grijs|lippen zijn grijs|lippen zien grijs|ligt te schokken|te schokken|ademt niet|ademt niet meer|ademt nie|ademt bijna niet|ademt heel raar|ademt raar|ademt vreemd|ademt heel zwaar|ademhaling stopt|stopt met ademen|stopte met ademen|stopt steeds met ademen|geen adem|krijgt geen adem|krijgt geen lucht|kan niet ademen|kan niet meer ademen|kan geen adem|kan nauwelijks ademen|hapt naar adem|hapt naar lucht|snakt naar adem|naar lucht happen|rochelt|reutelt|reutelen"
            + "|blauwe lippen|lippen zijn blauw|lippen worden blauw|lippen blauw|blauw aangelopen|loopt blauw aan|wordt blauw|helemaal blauw|grauw en|lijkbleek en"
            + "|bewusteloos|buiten bewustzijn|is buiten westen|flauwgevallen en|valt steeds flauw|ligt op de grond en reageert|zakte in elkaar|in elkaar gezakt|gevallen en reageert|slap in mijn armen|hangt slap|helemaal slap|slap en|ligt slap"
            + "|stuipen|stuiptrekking*|koortsstuip*|epileptische aanval|aanval en|schokt helemaal|ligt te schokken|scheve mond|mond hangt|hangende mondhoek|mondhoek hangt|gezicht hangt|kan zijn arm niet|kan haar arm niet|arm is slap|praat ineens raar|praat ineens onduidelijk|praat met dubbele tong|beroerte|herseninfarct|tia"
            + "|hartaanval|hartstilstand|hart stopt|pijn op de borst|pijn op mijn borst|druk op de borst|druk op mijn borst|pijn in mijn borst|steken in mijn borst|borst en arm|uitstralende pijn"
            + "|bloedt heel erg|bloedt heel veel|bloedt erg|bloedt hevig|bloedt enorm|bloed stopt niet|blijft bloeden|stopt niet met bloeden|veel bloed|overal bloed|plas bloed|slagader"
            + "|overdosis|te veel pillen|teveel pillen|te veel medicijnen|teveel medicijnen|te veel tabletten|hele strip|hele doos pillen|pillen geslikt|pillen ingenomen|tabletten geslikt|medicijnen geslikt|alles ingenomen|alles geslikt"
            + "|tong zwelt|tong is opgezwollen|keel zwelt|keel dik|keel gaat dicht|keel zit dicht|opgezwollen gezicht|allergische reactie|allergische shock|anafylact*|epipen|verslikt en|stikt|stikken|verstikt|iets ingeslikt|batterij ingeslikt|knoopcel*|schoonmaakmiddel gedronken|gootsteenontstopper|gif gedronken|gif ingeslikt|iets gedronken uit"),
        .. English(DangerConcepts.MedicalEmergency,
            "breathing slow|breathing slowly|breathing really slow|lips look grey|lips look gray|grey lips|gray lips|lips are grey|face is swelling|face swelling|cant get up|can t get up|on the floor and|not breathing|stopped breathing|stops breathing|can't breathe|cant breathe|cannot breathe|struggling to breathe|gasping|breathing weird|breathing strange|breathing strangely|barely breathing|blue lips|lips are blue|lips turning blue|turning blue|went blue"
            + "unconscious|unresponsive|passed out and|collapsed|not responding|won't respond|fitting|seizure|seizing|convulsing|face drooping|drooping|slurred speech|slurring|stroke|heart attack|cardiac arrest|chest pain|pain in my chest|crushing pain"
            + "bleeding heavily|won't stop bleeding|wont stop bleeding|so much blood|lot of blood|overdose|overdosed|od'd|took too many|too many pills|whole pack|whole bottle|swallowed pills|swallowed a|tongue swelling|throat swelling|throat closing|anaphyla*|epipen|choking|drank bleach"),
        .. Dutch(DangerConcepts.Unresponsive,
            "reageert niet als ik|reageert niet op aanspreken|reageert niet op mijn stem|reageert niet op schudden|reageert niet op roepen|reageert niet meer op|reageert nergens op|reageert niet meer|niet wakker te krijgen|krijg hem niet wakker|krijg haar niet wakker|krijg m niet wakker|krijgen hem niet wakker|krijgen haar niet wakker|wordt niet wakker|wordt niet meer wakker|werd niet wakker|wil niet wakker worden|is niet wakker te krijgen|doet zijn ogen niet open|doet haar ogen niet open"),
        .. English(DangerConcepts.Unresponsive, "won't wake up|wont wake up|can't wake him|can't wake her|cant wake him|cant wake her|not waking up|doesn't respond|doesnt respond|isn't responding|not responding|won't open his eyes|won't open her eyes"),
        .. Dutch(DangerConcepts.Intake, "geslikt|ingeslikt|ingenomen|genomen|opgegeten|gedronken|gespoten|gesnoven|slik|slikt|neem|neemt|innemen|in te nemen|opslikken|op te slikken"),
        .. English(DangerConcepts.Intake, "took|taken|swallowed|ate|drank|injected|snorted|take|taking|swallow"),
        .. Dutch(DangerConcepts.Quantity, "twee keer|drie keer|dubbele dosis|dubbel|twee of drie|drie of vier|paar keer|meerdere keren|alle|allemaal|hele|heel veel|veel|een handvol|handvol|een strip|strip|een doos|doos|een pot|potje|bak|10|15|20|25|30|40|50|tien|twintig|dertig|veertig|vijftig|zoveel|te veel|teveel|een stuk of"),
        .. English(DangerConcepts.Quantity, "twice|double dose|two or three times|several times|a few times|all|all of|whole|a lot|a lot of|lots of|loads of|handful|bunch|a bunch of|a pack|bottle|box|10|15|20|25|30|40|50|ten|twenty|thirty|too many|so many"),
        .. Dutch(DangerConcepts.Symptom,
            "hart bonkt|bonkt|hart heel raar|hartkloppingen|hart klopt|schokken|schokt|te schokken|heel heet|gloeit|wit weggetrokken|grauw|grijs|raar|vreemd|suf|duizelig|misselijk|overgeven|spuugt|kotst|trilt|trillen|krampen|heet|gloeiend|oververhit|zweet|zweten|ademt|adem|wakker|bewusteloos|reageert|flauw|valt weg|valt steeds weg|gaat out|onwel|paniek|hartkloppingen|hart gaat tekeer|slap|blauw|schuim"),
        .. English(DangerConcepts.Symptom, "grey|gray|slow|seizing|twitching|weird|strange|dizzy|sick|vomiting|throwing up|shaking|cramps|hot|overheating|sweating|breathing|awake|wake|passed out|out of it|fainted|panic|heart racing|limp|blue|foaming"),
        .. Dutch(DangerConcepts.Drug, "pillen|iets genomen|iets gebruikt|iets ingenomen|iets in haar drankje|iets in zijn drankje|xtc|mdma|ghb|gbl|coke|cocaine|speed|drugs|drug|pilletje|pilletjes|pil|ketamine|keta|lachgas|ballonnen|heroine|crack|paddos|lsd|3mmc|4mmc|tripje|wiet|alcohol|drank|wodka"),
        .. English(DangerConcepts.Drug, "took something|taken something|something in her drink|something in his drink|ecstasy|molly|mdma|ghb|coke|cocaine|speed|drugs|ketamine|heroin|crack|shrooms|lsd|pills|alcohol|vodka|fentanyl"),
        .. Dutch(DangerConcepts.Fire,
            "rookmelder gaat af|staat in brand|in brand|brandt|het brandt|in de fik|vlammen|vlam in de pan|rook onder de deur|rook uit|rook komt|het rookt|zie rook|ruik rook|ruik brand|brandlucht|brand in|brand bij|brand op"),
        .. English(DangerConcepts.Fire, "on fire|fire|flames|smoke under the door|smoke coming|smell smoke|smell burning|smoke alarm going off|smoke alarm is going|burning"),
        .. Dutch(DangerConcepts.GasSmell, "ruik gas|ruikt naar gas|gaslucht|gas lucht|gasgeur|gaslek|gas lek|lekt gas|gas ruiken|gas geroken|rare gaslucht|stinkt naar gas"),
        .. English(DangerConcepts.GasSmell, "smell gas|smells like gas|smell of gas|gas smell|gas leak|leaking gas|smells of gas"),
        .. Dutch(DangerConcepts.CarbonMonoxide, "co melder gaat af|co-melder gaat af|comelder gaat af|co melder piept|co-melder piept|co melder loeit|co alarm gaat af|koolmonoxidemelder gaat af|koolmonoxidemelder piept|koolmonoxide*|kolendamp|gele vlam|gele vlammen|oranje vlam|vlam is geel|vlam is oranje|vlam brandt geel|brandt geel|brandt oranje|roetaanslag|roet"),
        .. English(DangerConcepts.CarbonMonoxide, "co alarm is going off|co alarm going off|co detector going off|co detector is beeping|carbon monoxide alarm|carbon monoxide|yellow flame|orange flame|flame is yellow|flame is orange|sooty"),
        .. Dutch(DangerConcepts.Heater, "gasbrander*|brander|stook binnen|stook|stoken|gestookt|barbecue|bbq|terrasverwarmer|kolen|houtskool|aggregaat|generator|vuurkorf|ketel|cv ketel|cv-ketel|cvketel|cv|geiser|geyser|kachel|gaskachel|gasfornuis|fornuis|boiler|verwarming|houtkachel|afzuiging|schoorsteen|barbecue binnen|bbq binnen"),
        .. English(DangerConcepts.Heater, "gas burner|burner|barbecue|bbq|charcoal|generator|boiler|heater|gas heater|gas fire|stove|furnace|fireplace|chimney"),
        .. Dutch(DangerConcepts.CoSymptom, "hoofdpijn|misselijk|duizelig|suf|slaperig|overgeven|moe en|iedereen ziek|allemaal ziek|allemaal hoofdpijn|flauw"),
        .. English(DangerConcepts.CoSymptom, "headache|headaches|nausea|nauseous|dizzy|drowsy|sleepy|vomiting|everyone is sick|all sick"),
        .. Dutch(DangerConcepts.Missing,
            "nergens vinden|niet vinden|nergens te bekennen|niet meer vinden|kind kwijt|kinderen kwijt|zoon kwijt|dochter kwijt|zoontje kwijt|dochtertje kwijt|peuter kwijt|kleine kwijt|is net weg|net weg|opeens verdwenen|ineens verdwenen|zie hem nergens|zie haar nergens|zie hem niet meer|zie haar niet meer|vermist|is weg|zijn weg|niet meer te vinden|nergens te vinden|kan hem niet vinden|kan haar niet vinden|kan hem nergens vinden|kan haar nergens vinden|kunnen hem niet vinden|kunnen haar niet vinden|zoek hem|zoek haar|zoeken hem|zoeken haar|weggelopen|weggelopen van huis|van huis weggelopen|niet thuisgekomen|niet thuis gekomen|niet teruggekomen|opeens weg|ineens weg|uit het zicht"),
        .. English(DangerConcepts.Missing, "lost my son|lost my daughter|lost sight of|cant see him|cant see her|missing|can't find|cant find|cannot find|ran off|wandered off|is gone|disappeared|run away|ran away|didn't come home|hasn't come home|not come home"),
        .. Dutch(DangerConcepts.Gone, "weg|kwijt|zoek|vermist|verdwenen"),
        .. English(DangerConcepts.Gone, "gone|missing|lost|disappeared"),
        .. Dutch(DangerConcepts.Water, "het meer|de plas|in bad|in het bad|badkuip|de zee|het hek|hek stond open|de kade|bij het water|bij water|water|sloot|vijver|kanaal|gracht|rivier|dommel|maas|haven|zwembad|de kade|het meer|strand|badkuis"),
        .. English(DangerConcepts.Water, "water|pond|canal|river|lake|pool|sea|beach|ditch|bath"),
        .. Dutch(DangerConcepts.FellIn, "in het water|in de sloot|in de vijver|in het kanaal|in de gracht|in de rivier|in het zwembad|gevallen|te water|onder water|kopje onder|verdrinkt|verdronken|verdrinken"),
        .. English(DangerConcepts.FellIn, "in the water|fell in|fallen in|under water|underwater|drowning|drowned"),
        .. Dutch(DangerConcepts.GasWord, "gas|gassen|gaslucht|gasgeur"),
        .. English(DangerConcepts.GasWord, "gas"),
        .. Dutch(DangerConcepts.SmellWord, "ruik|ruikt|ruiken|geroken|rook|stinkt|stinken|lucht|geur|smell|ruikte"),
        .. English(DangerConcepts.SmellWord, "smell|smells|smelled|smelling|stinks|odour|odor"),
        .. Dutch(DangerConcepts.VoiceWord, "stem|stemmen|stemmetje|stemmetjes"),
        .. English(DangerConcepts.VoiceWord, "voice|voices"),
        .. Dutch(DangerConcepts.Tell, "zegt|zeggen|zei|zeiden|vertelt|vertellen|vertelde|hoor|hoort|horen|hoorde|beveelt|bevelen|dwingt|fluistert|fluisteren|roept|roepen|in mijn hoofd|in zijn hoofd|in haar hoofd"),
        .. English(DangerConcepts.Tell, "tell|tells|telling|told|say|says|saying|said|hear|hearing|heard|command|commands|whisper|whispers|in my head|in his head|in her head"),
        .. Dutch(DangerConcepts.Vote, "stemmen op|stemmen voor|gaan stemmen|ga stemmen|verkiezing*|stembureau|stempas|stemwijzer|partij|stemrecht|stemmen tellen|zangles|koor|zingen|stemmetjes van de kinderen|stemmen van de kinderen|stemmen van de buren"),
        .. English(DangerConcepts.Vote, "vote|voting|election|elections|ballot|singing|choir"),
        .. Dutch(DangerConcepts.NotSeen, "zie haar niet|zie hem niet|zag haar niet|zag hem niet|haar niet gezien|hem niet gezien|niet gezien|al dagen niet|dagen niet gezien|niet meer gezien|post ligt|post stapelt|krant ligt|licht is aan|licht brandt|gordijnen dicht|doet niet open|doet de deur niet open|niet open doen|neemt niet op|niet meer opgenomen|reageert niet als ik aanbel"),
        .. English(DangerConcepts.NotSeen, "havent seen|haven't seen|not seen her|not seen him|mail piling up|post piling up|doesnt open the door|doesn't open the door|not answering the door|curtains closed"),
        .. Dutch(DangerConcepts.Voices, "stem die zegt|een stem die zegt|een stem zegt|stemmen haar vertellen|stemmen hem vertellen|stemmen me vertellen|praat tegen mensen die er niet zijn|mensen die er niet zijn|krijgt opdrachten|krijg opdrachten|opdrachten krijgt|opdrachten krijg|opdrachten van|hoor stemmen|stemmen horen|hoort stemmen|hoorde stemmen|stemmen in mijn hoofd|stemmen in zijn hoofd|stemmen in haar hoofd|stemmen zeggen|stemmen zeiden|stemmen die zeggen|stemmen die me|stemmen vertellen|de stemmen zeggen|stem in mijn hoofd|stem zegt"),
        .. English(DangerConcepts.Voices, "hear voices|hearing voices|heard voices|hears voices|voices in my head|voices in his head|voices in her head|voices tell|voices telling|voices say|voices said|the voices|a voice tells"),
        .. Dutch(DangerConcepts.Psychosis, "zegt dat hij god is|zegt dat ze god is|denkt dat hij god is|denkt dat hij kan vliegen|kan vliegen|ik ben god|uitverkorene|de messias|de duivel|is de duivel|bezeten|boodschappen van god|god praat tegen|tv praat tegen|psychose|psychotisch|psychotische|psychoses|waanbeelden|wanen|hallucinaties|hallucineert|manisch|manie|ziet dingen die er niet zijn|ziet mensen die er niet zijn"),
        .. English(DangerConcepts.Psychosis, "thinks he is god|says he is god|can fly|i am god|chosen one|psychosis|psychotic|hallucinating|hallucinations|delusions|delusional|manic|sees things that aren't there|seeing things"),
        .. Dutch(DangerConcepts.Paranoia,
            "cameras in|camera in|camera s in|straling|stralen|afluisterapparatuur|microfoons in|zenders|worden gevolgd|word gevolgd|volgen mij|volgen me|ze komen me halen|voor als ze komen|worden achtervolgd|word achtervolgd|wordt achtervolgd|afgeluisterd|luisteren me af|camera's in mijn huis|cameras in mijn huis|camera in mijn|chip in mijn|vergiftigen me|vergiftigd|willen me vergiftigen|willen me vermoorden|iedereen is tegen me|de overheid volgt|zenders in|complot tegen"),
        .. English(DangerConcepts.Paranoia, "cameras in|radiation|microphones in|they are following me|theyre following me|coming to get me|being followed|they are watching me|they're watching me|cameras in my house|chip in my|poisoning me|trying to poison|out to get me|tapping my phone|spying on me"),
        .. Dutch(DangerConcepts.Confused, "in de war|verward|helemaal de weg kwijt|weet niet meer wie ik ben|herkent me niet meer|praat onzin|loopt in zijn onderbroek|loopt in haar nachtjapon|doolt rond|dwaalt rond"),
        .. English(DangerConcepts.Confused, "confused|disoriented|doesn't recognise|doesn't recognize|wandering around|talking nonsense"),
    ];
}
