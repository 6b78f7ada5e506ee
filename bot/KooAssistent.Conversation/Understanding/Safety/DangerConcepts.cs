namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// The names of the concepts the danger reader combines. A finding names the concepts that fired, so the worker's
/// summary says why, without repeating the resident's words.
/// </summary>
internal static class DangerConcepts
{
    // People.
    public const string Self = "self";
    public const string Me = "me";
    public const string Reflexive = "reflexive";
    public const string Partner = "partner";
    public const string Parent = "parent";
    public const string Relative = "relative";
    public const string Child = "child";
    public const string YoungChild = "young-child";
    public const string Neighbour = "neighbour";
    public const string Other = "other-person";
    public const string ThirdPerson = "third-person";

    // Wanting to die, and how.
    public const string SuicideWord = "suicide-word";
    public const string DeathWish = "death-wish";
    public const string Desire = "desire";
    public const string Death = "death";
    public const string DeathNoun = "death-noun";
    public const string EndIt = "end-it";
    public const string BetterOff = "better-off";
    public const string SuicideNote = "suicide-note";
    public const string Leaving = "leaving";
    public const string Outdoors = "outdoors";
    public const string WithoutMe = "without-me";
    public const string Burden = "burden";
    public const string NobodyNotices = "nobody-notices";
    public const string SealedIn = "sealed-in";
    public const string GasOpen = "gas-open";
    public const string GasTap = "gas-tap";
    public const string OpenedUp = "opened-up";
    public const string Estate = "estate";
    public const string NotWake = "not-wake";
    public const string Blackout = "blackout";
    public const string Undressed = "undressed";
    public const string PrivatePart = "private-part";
    public const string AdultFriend = "adult-friend";
    public const string Spiked = "spiked";
    public const string Quarrel = "quarrel";
    public const string GoneByThen = "gone-by-then";
    public const string ChosenDate = "chosen-date";
    public const string SaidNo = "said-no";
    public const string WentOn = "went-on";
    public const string WhenUpset = "when-upset";
    public const string PayOrElse = "pay-or-else";
    public const string Unattended = "unattended";
    public const string Relationship = "relationship";
    public const string Means = "means";
    public const string Gathered = "gathered";
    public const string AllAtOnce = "all-at-once";
    public const string Lethal = "lethal";
    public const string Jump = "jump";
    public const string Height = "height";
    public const string Train = "train";
    public const string StandAt = "stand-at";
    public const string Farewell = "farewell";
    public const string Finality = "finality";
    public const string Plan = "plan";
    public const string SelfHarmWord = "self-harm-word";
    public const string SelfHarmAct = "self-harm-act";
    public const string Wound = "wound";
    public const string BodyPart = "body-part";

    // Violence, threats, control.
    public const string Hit = "hit";
    public const string HitPassive = "hit-passive";
    public const string Being = "being";
    public const string Choke = "choke";
    public const string Kill = "kill";
    public const string HarmGeneric = "harm";
    public const string Threaten = "threaten";
    public const string Threatened = "threatened";
    public const string VeiledThreat = "veiled-threat";
    public const string Says = "says";
    public const string TakeChildren = "take-children";
    public const string LockIn = "lock-in";
    public const string Take = "take";
    public const string MyBelonging = "my-belonging";
    public const string Hide = "hide";
    public const string Fear = "fear";
    public const string AfraidToGoHome = "afraid-to-go-home";
    public const string Aggression = "aggression";
    public const string Drunk = "drunk";
    public const string Door = "door";
    public const string SkipOver = "skip-over";
    public const string Weapon = "weapon";
    public const string Attack = "attack";
    public const string AtDoor = "at-door";
    public const string Street = "street";
    public const string LoanShark = "loan-shark";
    public const string KnowWhereILive = "know-where-i-live";
    public const string Stalk = "stalk";
    public const string Hear = "hear";
    public const string Screaming = "screaming";
    public const string Blows = "blows";
    public const string LoseControl = "lose-control";
    public const string Shake = "shake";
    public const string Slap = "slap";
    public const string Receive = "receive";

    // Exploitation and harm told without the usual words.
    public const string ExploitationWord = "exploitation-word";
    public const string Exploited = "exploited";
    public const string BlowsTaken = "blows-taken";
    public const string Comfort = "comfort";
    public const string NonBlanching = "non-blanching";
    public const string Recovered = "recovered";
    public const string Dark = "dark";
    public const string NotArrived = "not-arrived";
    public const string Thrown = "thrown";
    public const string DrugRun = "drug-run";
    public const string JoinTheDead = "join-the-dead";
    /// <summary>A dispute over children, support or an inheritance: "chantage" there is pressure in a dispute, not blackmail with images.</summary>
    public const string Custody = "custody";
    public const string Bleeding = "bleeding";
    public const string GiveAway = "give-away";
    public const string Possession = "possession";
    /// <summary>A told story (a series, a book): unlike <see cref="Fiction"/> not "video" or "filmpje", which are also what blackmail is about.</summary>
    public const string Story = "story";
    public const string CutWound = "cut-wound";
    public const string RepeatedInjury = "repeated-injury";
    public const string Photographs = "photographs";
    public const string Undressing = "undressing";
    public const string ForWarmth = "for-warmth";
    public const string Indoors = "indoors";
    public const string SexWork = "sex-work";
    public const string MenAround = "men-around";
    public const string PaidOff = "paid-off";
    public const string Minor = "minor";

    /// <summary>Expensive things a minor receives from an older friend: the start of the debt a loverboy collects.</summary>
    public const string NotAroundThen = "not-around-then";
    public const string NotMind = "not-mind";
    public const string PassiveEnd = "passive-end";
    public const string WithinReach = "within-reach";
    public const string TakenOut = "taken-out";
    public const string Hunting = "hunting";
    public const string Aimed = "aimed";
    public const string RestrainingOrder = "restraining-order";
    public const string Poison = "poison";
    public const string InMouth = "in-mouth";
    public const string Intrudes = "intrudes";
    public const string GoingTo = "going-to";
    public const string Tracks = "tracks";
    public const string Roof = "roof";
    public const string RoofWork = "roof-work";
    public const string NoAnswer = "no-answer";
    public const string Found = "found";
    public const string Dementia = "dementia";
    public const string PayInKind = "pay-in-kind";
    public const string NiceToHim = "nice-to-him";
    public const string Head = "head";
    public const string LifeInsurance = "life-insurance";
    public const string ByOwnHand = "by-own-hand";
    public const string LowSugar = "low-sugar";
    public const string FireOver = "fire-over";
    public const string HiddenArms = "hidden-arms";
    public const string Smother = "smother";
    public const string Draws = "draws";
    public const string NotOutAlive = "not-out-alive";
    public const string ThrowVerb = "throw-verb";
    public const string AtMe = "at-me";
    public const string Cold = "cold";
    public const string Shelter = "shelter";
    public const string EarlierPeriod = "earlier-period";
    public const string Lying = "lying";
    public const string Floor = "floor";
    public const string Forever = "forever";
    public const string Vanish = "vanish";
    public const string LeaveFrom = "leave-from";
    public const string PhotoOfWhere = "photo-of-where";
    public const string SentVerb = "sent-verb";
    public const string EasyWay = "easy-way";
    public const string Marks = "marks";
    public const string Conceal = "conceal";
    public const string Diabetes = "diabetes";
    public const string Silent = "silent";
    public const string SmellVerb = "smell-verb";
    public const string Pain = "pain";
    public const string BuyDetector = "buy-detector";

    /// <summary>Lying down on purpose ("op het spoor gaan liggen"), as opposed to lying somewhere after a fall.</summary>
    public const string LieDown = "lie-down";
    public const string Pillow = "pillow";

    /// <summary>A pillow under a head is comfort: "een kussentje onder zijn hoofd".</summary>
    public const string UnderHead = "under-head";
    public const string OverOnto = "over-onto";
    public const string SeeVerb = "see-verb";
    public const string NoLonger = "no-longer";

    /// <summary>"ik zie het niet meer zitten": a way of seeing nothing ahead, not losing sight of someone.</summary>
    public const string SeeNoWay = "see-no-way";

    /// <summary>A fear of fire or a drill ("bang dat ons huis in brand vliegt", "brandoefening"), not a fire.</summary>
    public const string FireFear = "fire-fear";

    /// <summary>"uitgezocht hoe en waar": a method and a place worked out.</summary>
    public const string HowAndWhere = "how-and-where";

    /// <summary>Forms and applications: what "hoe en waar" is worked out for when it is paperwork.</summary>
    public const string Paperwork = "paperwork";

    /// <summary>Sleep that does not end, as a child or a euphemism puts death: "voor altijd gaan slapen".</summary>
    public const string SleepForever = "sleep-forever";
    public const string Searched = "searched";
    public const string HandWord = "hand-word";

    /// <summary>Under or inside someone else's clothes: "onder het rokje van", "in haar broek".</summary>
    public const string UnderClothes = "under-clothes";

    /// <summary>Itching skin (eczema, a rash, a bite): scratched open without any wish to hurt.</summary>
    public const string Itch = "itch";
    public const string Menstruation = "menstruation";
    public const string ShutVerb = "shut-verb";
    public const string UpIn = "up-in";

    public const string Gifts = "gifts";

    /// <summary>An injury explained away to a doctor or a school: "bij de huisarts gezegd dat ik gevallen ben".</summary>
    public const string CoverStory = "cover-story";

    /// <summary>A message left where the family lives: a dead bird on the doormat, a bullet in the letterbox.</summary>
    public const string Intimidation = "intimidation";

    /// <summary>A list of names kept with a grudge: "een lijst met namen van klasgenoten".</summary>
    public const string NameList = "name-list";

    /// <summary>Petrol, a jerrycan, lighter fluid: what a fire is set with.</summary>
    public const string Fuel = "fuel";

    /// <summary>"voor als", "voor het geval": kept ready for a moment to come.</summary>
    public const string ForWhen = "for-when";

    /// <summary>Driving at a person on purpose: "ik rij haar aan als ze naar buiten komt".</summary>
    public const string RunOver = "run-over";

    /// <summary>"al een half uur uit beeld": someone out of sight, as a parent says it of a small child.</summary>
    public const string OutOfSight = "out-of-sight";

    /// <summary>"als ik er": the start of "als ik er … niet meer ben", function words until the end comes.</summary>
    public const string IfIAmThere = "if-i-am-there";
    public const string NoLongerBe = "no-longer-be";

    /// <summary>Steering into a crash: "als ik nu het stuur omgooi is het ook klaar".</summary>
    public const string CrashCar = "crash-car";

    /// <summary>An end for someone else: "vanavond is het klaar met hem".</summary>
    public const string DoneWithHim = "done-with-him";

    /// <summary>"ze kan nog niet zwemmen": a child for whom any water is deep.</summary>
    public const string NonSwimmer = "non-swimmer";

    /// <summary>A harm worked out beforehand: "ik heb al bedacht hoe en wanneer", "nagedacht hoe ik dat zou doen".</summary>
    public const string PlanWorkedOut = "plan-worked-out";

    /// <summary>"als ik ze niet mag hebben dan zij ook niet": children nobody else shall have.</summary>
    public const string NoneShallHave = "none-shall-have";

    /// <summary>The writer knows where the one they are angry with lives or sleeps: "ik weet waar hij woont".</summary>
    public const string TargetKnown = "target-known";

    /// <summary>Paying someone back: "hij gaat voelen hoe het is", "hij zal boeten", "make him pay".</summary>
    public const string Revenge = "revenge";

    /// <summary>A refusal said out loud: "ik zei 3x stop", "ik zei nee", "I told him no".</summary>
    public const string SaidStop = "said-stop";

    /// <summary>Held so one could not get away: "hij hield me vast", "drukte me neer", "held me down".</summary>
    public const string HeldDown = "held-down";

    /// <summary>The print of a hand on a body: "een dikke wang met de afdruk van een hand", "a handprint".</summary>
    public const string HandMark = "hand-mark";

    /// <summary>A small child who hits in a tantrum: "mijn kleinzoon van 2 slaat", "de peuter schopt".</summary>
    public const string ChildHits = "child-hits";

    /// <summary>Abuse told only as "it": "mijn opa die het bij mij deed", "what he did to me back then".</summary>
    public const string VeiledAbuse = "veiled-abuse";

    /// <summary>Medicine emptied, shown or told: "een foto van lege pillenpotjes", "empty blister packs".</summary>
    public const string EmptiedMeans = "emptied-means";

    /// <summary>Blame taken for what was done to one: "dat was eigenlijk mijn eigen schuld", "it was my own fault".</summary>
    public const string SelfBlame = "self-blame";

    /// <summary>Violence known in advance from its trigger: "als hij het eten koud vindt weet ik wat er komt".</summary>
    public const string KnowWhatComes = "know-what-comes";

    /// <summary>Blood found, not seen flowing: "bloederige tissues onder haar bed", "bloody tissues in the bin".</summary>
    public const string BloodFound = "blood-found";

    /// <summary>Family honour to be restored: "de eer moet herstellen", "eerwraak", "family honour".</summary>
    public const string Honour = "honour";

    /// <summary>Taken somewhere apart by a group: "door 3 gasten meegenomen naar de wc", "dragged into the toilets".</summary>
    public const string TakenAside = "taken-aside";

    /// <summary>"Liever dood dan …": a child's or a bullied teenager's hyperbole that is asked about, not passed over. It claims
    /// its words, like the idiom it overlaps, so "liever dood" in it is not also read as a death wish.</summary>
    public const string RatherDead = "rather-dead";

    /// <summary>Days without food: "al 4 dagen niks gegeten", "haven't eaten in days".</summary>
    public const string Fasting = "fasting";

    /// <summary>A heart or a head that fails: "mijn hart slaat over", "licht in mijn hoofd", "palpitations", "fainted".</summary>
    public const string HeartOrFaint = "heart-or-faint";

    /// <summary>Violence as an opinion about a sport or a film: "mijn ex vindt boksen te gewelddadig".</summary>
    public const string ViolentOpinion = "violent-opinion";

    /// <summary>A child seen or not seen: "ik zie hem al een kwartier niet" (with a negation the rule asks for).</summary>
    public const string SeeThem = "see-them";

    /// <summary>Small things that burn or tear a child's gut when swallowed: a button battery, magnets.</summary>
    public const string ButtonBattery = "button-battery";

    /// <summary>Looking up how high a place is: "checking how high the parking garage is", "opgezocht hoe hoog".</summary>
    public const string CheckedHowHigh = "checked-how-high";

    /// <summary>A partner who left: "mijn ex is weg". Not a missing child, though "is weg" is said of both.</summary>
    public const string PartnerLeft = "partner-left";

    /// <summary>No answer from an ex, a school or an office: "de moeder reageert nergens op". Not a body that does not respond.</summary>
    public const string NoReplyFrom = "no-reply-from";

    /// <summary>A child who skips school: "de school belt elke dag dat hij er niet is". Missed, not missing.</summary>
    public const string Truancy = "truancy";

    /// <summary>Means kept "for when it no longer goes": "dan weet ik dat er een uitweg is", "my way out".</summary>
    public const string WayOut = "way-out";

    /// <summary>A whole supply at once: "mijn hele weekrol van de apotheek", "the whole strip", "a whole box of".</summary>
    public const string WholeSupply = "whole-supply";

    /// <summary>A carbon monoxide alarm in any state, named: "de co-melder", "the CO alarm keeps going off".</summary>
    public const string CoAlarm = "co-alarm";

    /// <summary>Someone else's wish that "we" go: "zij wil dat we vrijdag weg zijn". A wish about others, not a death wish.</summary>
    public const string OthersWantUsGone = "others-want-us-gone";

    /// <summary>Suicidal people as the subject of one's work: "ik werk met suïcidale patiënten".</summary>
    public const string SuicidalClients = "suicidal-clients";

    /// <summary>"schrijf een gedicht over…", "write me a poem": a resident asks for a text, so the death in it is the text's.</summary>
    public const string WritingRequest = "writing-request";

    /// <summary>"dreigt me uit te schrijven", "dreigt af te sluiten": a school, a landlord or a supplier threatens a measure, not harm.</summary>
    public const string SanctionThreat = "sanction-threat";

    /// <summary>"ik ben god dankbaar", "godzijdank": thanks to God, not a belief to be God.</summary>
    public const string ThankGod = "thank-god";

    /// <summary>"34 weken zwanger", "hoogzwanger", "weeks pregnant".</summary>
    public const string Pregnant = "pregnant";

    /// <summary>"fotos", "filmpjes", "pics": what a blackmailer holds; a bailiff's "betalen anders" holds none.</summary>
    public const string Pictures = "pictures";

    /// <summary>"omdat ik te lang op tiktok zat", "als straf": a parent's measure, not control in a relationship.</summary>
    public const string Punishment = "punishment";

    /// <summary>"kan vliegen", "can fly": a holiday as often as a delusion, so it counts only beside a height.</summary>
    public const string FlyBelief = "fly-belief";

    /// <summary>"op plekken waar dat niet mag": the body told without naming it, with its own "niet".</summary>
    public const string ForbiddenPlaces = "forbidden-places";

    /// <summary>"laten lijken op een ongeluk", "make it look like an accident": a death planned to pass as chance.</summary>
    public const string DisguisedAsAccident = "disguised-as-accident";

    /// <summary>"onder de koude douche", "cold shower": as a measure against a small child's crying, a punishment that harms.</summary>
    public const string ColdShower = "cold-shower";

    /// <summary>"als ik niet (nog eens) betaal", "unless i pay": a condition of money, a threat only beside pictures.</summary>
    public const string PayCondition = "pay-condition";

    /// <summary>"waar kleren het bedekken", "where clothes cover": blows aimed where no one will see the marks.</summary>
    public const string HiddenMarks = "hidden-marks";

    /// <summary>"je snapt wel wat ik bedoel", "you know what i mean": something left unsaid on purpose.</summary>
    public const string Innuendo = "innuendo";

    /// <summary>"iemand die het wil doen", "someone who will do it": a person found to carry out a harm.</summary>
    public const string HiredHand = "hired-hand";

    /// <summary>"dan aan mij", "than me": others better served by something than by the writer.</summary>
    public const string RatherThanMe = "rather-than-me";

    /// <summary>"geen inkomen", "loon komt te laat": money gone, so an empty fridge is poverty told by the parent.</summary>
    public const string NoIncome = "no-income";

    /// <summary>"vermoorden", "neersteken", "de school opblazen": killing named as a deed to do, not as an idiom or a news item.</summary>
    public const string MurderVerb = "murder-verb";

    /// <summary>"gaat", "zal", "is planning to": a deed announced for someone else, as "ik ga" announces one's own.</summary>
    public const string WillDo = "will-do";

    /// <summary>"mijn besluit staat vast", "my mind is made up": a decision announced without saying what it is.</summary>
    public const string DecisionMade = "decision-made";

    /// <summary>An older person: "oma", "an older lady", an age of 70 or more beside a parent or a client ("mijn vader (79)").</summary>
    public const string Elder = "elder";

    /// <summary>An adult who depends on others for money matters: "bijna blind", "verstandelijke beperking", "bedlegerig".</summary>
    public const string VulnerableAdult = "vulnerable-adult";

    /// <summary>Someone's money or goods taken over: "rekening is leeg", "took his bank card", "sold the tractor", "'manages' her money".</summary>
    public const string MoneyTaken = "money-taken";

    /// <summary>A person kept short or kept quiet: "krijgt amper eten", "not allowed to phone me", "if she tells anyone".</summary>
    public const string KeptUnder = "kept-under";

    /// <summary>"een brief", "briefje", "a note": what a farewell is written in, read only beside its being written or left.</summary>
    public const string LetterNoun = "letter-noun";

    /// <summary>"geschreven", "op tafel gelegd", "left": a letter written or left for someone.</summary>
    public const string LeftOrWritten = "left-or-written";

    /// <summary>"bij hem zijn", "naar hem toe gaan": going to someone, the dead included; danger only beside a letter left.</summary>
    public const string WithThem = "with-them";

    /// <summary>What someone needs to carry on without the writer: "de code van de kluis", "moet de stal overnemen".</summary>
    public const string Handover = "handover";

    /// <summary>"voor het laatst", "nog een laatste keer", "one last time".</summary>
    public const string LastTime = "last-time";

    /// <summary>"weet nog niet dat", "doesn't know yet": someone not yet told what is coming.</summary>
    public const string Unaware = "unaware";

    /// <summary>Marks a strangling leaves: "vingerafdrukken in mijn nek", "finger marks on my neck".</summary>
    public const string StrangleMarks = "strangle-marks";

    /// <summary>"hij wil niet dat ik naar de huisarts ga", "won't let me see a doctor": an injury kept from a doctor.</summary>
    public const string ForbidsDoctor = "forbids-doctor";

    /// <summary>An injury named: "gekneusde pols", "gebroken rib", "a split lip".</summary>
    public const string Injury = "injury";

    /// <summary>"thuis loop ik op eieren", "walking on eggshells": fear of someone at home told as care taken.</summary>
    public const string Eggshells = "eggshells";

    /// <summary>"zonder dat hij het weet", "without him knowing": a move or a plan kept from someone.</summary>
    public const string SecretLeave = "secret-leave";

    /// <summary>"dat er ongelukjes gebeuren met lastige huurders": harm hinted at as an accident to come.</summary>
    public const string AccidentsHappen = "accidents-happen";

    /// <summary>"banden doorgesneden", "ruit ingegooid", "tyres slashed": damage done to someone's things.</summary>
    public const string PropertyDamage = "property-damage";

    /// <summary>Something hot held to the skin: "strijkijzer", "sigaret", "a lighter".</summary>
    public const string HotObject = "hot-object";

    /// <summary>"dan voel ik weer even iets", "just to feel something": pain sought to feel at all.</summary>
    public const string FeelSomething = "feel-something";

    /// <summary>"gedaan wat hij wilde", "had his way": what was done told by whose will it was.</summary>
    public const string DidAsHeWanted = "did-as-he-wanted";

    /// <summary>"vastgepakt", "grabbed me": taken hold of.</summary>
    public const string Grabbed = "grabbed";

    /// <summary>"komt mijn moeder d'r huis bezoeken als ik niet betaal": a visit to the family announced as the price of a debt.</summary>
    public const string VisitThreat = "visit-threat";

    /// <summary>"expres", "met opzet", "on purpose": harm done deliberately, not by accident.</summary>
    public const string OnPurpose = "on-purpose";

    /// <summary>Clothes or glasses that cover: "coltrui", "zonnebril", "lange mouwen en een maillot", "long sleeves".</summary>
    public const string CoverUp = "cover-up";

    /// <summary>"zodat niemand het ziet", "zodat de juf niks vraagt": hidden so that nobody sees or asks.</summary>
    public const string NobodySees = "nobody-sees";

    /// <summary>"hij ligt te schokken", "eyes rolling back": a fit going on now, whatever was taken or "gehad" before it.</summary>
    public const string SeizingNow = "seizing-now";

    /// <summary>"ik plas cola-kleurig", "brown urine": a sign of muscle breaking down after training, a fall or a drug.</summary>
    public const string DarkUrine = "dark-urine";

    /// <summary>"zei tegen de baby", "hij is zo jaloers": a young child's words to a sibling, told as jealousy.</summary>
    public const string SiblingJealousy = "sibling-jealousy";

    /// <summary>"van mij", "door mij", "by me": the writer as the cause of what is told.</summary>
    public const string ByMe = "by-me";

    /// <summary>"'s nachts alleen", "alone at night": children left without an adult through the night.</summary>
    public const string AloneAtNight = "alone-at-night";

    /// <summary>A repair or a garage ("vervangen", "apk", "lekt"): brakes worked on, not tampered with.</summary>
    public const string Repair = "repair";

    /// <summary>Tampering with someone's brakes or car: "bekeken hoe ik aan de remleidingen kan komen", "cut his brakes".</summary>
    public const string Sabotage = "sabotage";

    /// <summary>Signs that cannot wait in a pregnancy: flashes before the eyes, a face or hands swollen, a baby that no longer moves, blood lost.</summary>
    public const string PregnancyWarning = "pregnancy-warning";

    /// <summary>Someone else's food or drink as the place for something: "in de koffie van mijn schoonmoeder", "in his drink".</summary>
    public const string InTheirFood = "in-their-food";

    /// <summary>A dependence named: "verslaafd aan pijnstillers", "addicted". Someone's addiction is a tangle's subject, not a means gathered.</summary>
    public const string Addiction = "addiction";

    /// <summary>A death by suicide of someone else, mourned: "mijn broer is overleden door zelfdoding".</summary>
    public const string Bereaved = "bereaved";

    /// <summary>Something owed back in kind: "nu moet ze 'favors' doen", "iets terugdoen".</summary>
    public const string OwedFavour = "owed-favour";

    /// <summary>The condition of a threat: "als ik weiger", "als ik naar de politie ga", "if I tell".</summary>
    public const string Defiance = "defiance";
    public const string Papers = "papers";
    public const string HeldBack = "held-back";
    public const string UnpaidWork = "unpaid-work";
    public const string NotFree = "not-free";
    public const string LettersWritten = "letters-written";
    public const string NoMoreWorry = "no-more-worry";
    public const string Asleep = "asleep";
    public const string LongOver = "long-over";
    public const string Boss = "boss";
    public const string NightVisit = "night-visit";
    public const string Unwilling = "unwilling";
    public const string SelfHarmShort = "self-harm-short";
    public const string Relapse = "relapse";
    public const string Blade = "blade";
    public const string Fever = "fever";
    public const string DangerSign = "danger-sign";

    // Children and sexual violence.
    public const string SexualAbuse = "sexual-abuse";
    public const string Sex = "sex";
    public const string Force = "force";
    public const string TouchBody = "touch-body";
    public const string Secret = "secret";
    public const string NudeImage = "nude-image";
    public const string Spread = "spread";
    public const string Blackmail = "blackmail";
    public const string Neglect = "neglect";
    public const string ChildAbuseWord = "child-abuse-word";
    public const string NeglectSign = "neglect-sign";
    public const string Duration = "duration";
    public const string DomesticViolenceWord = "domestic-violence-word";

    // Medical emergencies and acute physical danger.
    public const string MedicalEmergency = "medical-emergency";
    public const string Unresponsive = "unresponsive";
    public const string Intake = "intake";
    public const string Quantity = "quantity";
    public const string Symptom = "symptom";
    public const string Drug = "drug";
    public const string Fire = "fire";
    public const string GasSmell = "gas-smell";
    public const string CarbonMonoxide = "carbon-monoxide";
    public const string Heater = "heater";
    public const string CoSymptom = "co-symptom";
    public const string Missing = "missing";
    public const string Gone = "gone";
    public const string Water = "water";
    public const string FellIn = "fell-in";

    public const string GasWord = "gas";
    public const string SmellWord = "smell";
    public const string NotSeen = "not-seen";

    // Acute mental crisis.
    public const string VoiceWord = "voice";
    public const string Tell = "tell";
    public const string Vote = "vote";
    public const string Voices = "voices";
    public const string Psychosis = "psychosis";
    public const string Paranoia = "paranoia";
    public const string Confused = "confused";

    // Context that changes what the words mean.
    public const string Idiom = "idiom";
    public const string Denial = "denial";
    /// <summary>"ik wil er geen einde aan maken": claims the danger words it holds, so they count for nothing.</summary>
    public const string DeniedDanger = "denied-danger";
    /// <summary>"hij slaat en bijt": someone else hits, so the writer is not the one hitting.</summary>
    public const string ThirdPersonHits = "third-person-hits";
    /// <summary>"hij zit steeds aan zijn piemeltje": a young child touching their own body.</summary>
    public const string SelfTouch = "self-touch";
    public const string GoneTo = "gone-to";
    public const string Swimming = "swimming";
    public const string Anger = "anger";
    public const string Intent = "intent";
    public const string Buy = "buy";
    public const string Immediacy = "immediacy";
    public const string Despair = "despair";
    public const string InfoFrame = "info-frame";
    public const string Fiction = "fiction";
    public const string Joke = "joke";
    public const string Accident = "accident";
    public const string Animal = "animal";
    public const string Peers = "peers";
    public const string Authority = "authority";
    public const string Cooking = "cooking";
    public const string Messages = "messages";
    public const string Routine = "routine";
    public const string Permission = "permission";
    public const string Debt = "debt-procedure";
    public const string ParentFindsOut = "parent-finds-out";
    public const string ObjectLost = "object-lost";
    public const string Play = "play";
    public const string Past = "past";

    /// <summary>
    /// Concepts that mean something only inside a rule: function words ("over", "op", "zie", "niet meer") and the
    /// qualifiers that cancel one rule ("onder zijn hoofd", paperwork). They are not given to the classifier as
    /// features, where they would mark many messages alike and shift its votes each time a rule needs one more.
    /// </summary>
    public static readonly IReadOnlySet<string> RuleOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        OverOnto, SeeVerb, NoLonger, ShutVerb, UpIn, UnderHead, Paperwork, ForWhen, IfIAmThere, OutOfSight, DoneWithHim, NonSwimmer,
        TargetKnown, HeldDown, ChildHits, Bereaved, InTheirFood, Addiction, CoAlarm, OthersWantUsGone, SuicidalClients, RatherDead, ViolentOpinion,
        SeeThem, PartnerLeft, Truancy, NoReplyFrom, WritingRequest, SanctionThreat, ThankGod, Pregnant, Pictures, Punishment, FlyBelief, Sabotage, Repair, ColdShower, ByMe, AloneAtNight, PayCondition,
        Innuendo, HiredHand, RatherThanMe, NoIncome, MurderVerb, WillDo, DecisionMade,
        Elder, VulnerableAdult, MoneyTaken, KeptUnder, LetterNoun, LeftOrWritten, WithThem, Handover, LastTime, Unaware, StrangleMarks, ForbidsDoctor, Injury,
        Eggshells, SecretLeave, AccidentsHappen, PropertyDamage, HotObject, FeelSomething, DidAsHeWanted, Grabbed, SiblingJealousy, DarkUrine, SeizingNow, OnPurpose, CoverUp, NobodySees, VisitThreat,
    };

    /// <summary>
    /// Concepts that carry danger themselves, as opposed to people, time, context and words that are as often harmless
    /// ("allemaal", "wakker", "stem", "gas", "huilen"). The classifier's crisis vote
    /// counts only for a message that holds at least one of them: a short "nee dat bedoel ik niet. weer niks" or
    /// "ik ga dood van het lachen" has none, however its letters resemble a crisis the classifier learnt.
    /// </summary>
    public static readonly IReadOnlySet<string> Bearing = new HashSet<string>(StringComparer.Ordinal)
    {
        SuicideWord, DeathWish, Death, Means, Lethal, Jump, Farewell, SelfHarmWord, SelfHarmAct, Wound, EndIt, NotWake, Blackout, Undressed, PrivatePart, AdultFriend, Spiked,
        Hit, HitPassive, Choke, Kill, HarmGeneric, Threaten, Threatened, VeiledThreat, TakeChildren, LockIn, Hide, Fear, AfraidToGoHome,
        Aggression, Weapon, LoanShark, KnowWhereILive, Stalk, LoseControl, Shake, Slap, DomesticViolenceWord,
        SexualAbuse, Sex, Force, Secret, NudeImage, Blackmail, Neglect, NeglectSign, ChildAbuseWord,
        MedicalEmergency, Unresponsive, Drug, Fire, GasSmell, CarbonMonoxide, Missing, FellIn,
        Voices, Psychosis, Paranoia, Confused, NotSeen,
        DrugRun, Thrown, SuicideNote, CutWound, RepeatedInjury, Burden, NobodyNotices, SealedIn, GasOpen, ExploitationWord, Exploited, SexWork, NightVisit, SelfHarmShort, Blade, DangerSign, NonBlanching, BlowsTaken,
        NotAroundThen, PassiveEnd, Aimed, RestrainingOrder, Poison, Intrudes, Tracks, Roof, PayInKind, Marks, Smother,
        CoverStory, Intimidation, NameList, Fuel, VeiledAbuse, RunOver, NoLongerBe, CrashCar, NoneShallHave, HandMark, EmptiedMeans,
        KnowWhatComes, WayOut, WholeSupply, BloodFound, Honour, TakenAside, Fasting, HeartOrFaint, ButtonBattery, CheckedHowHigh, PregnancyWarning, ForbiddenPlaces, DisguisedAsAccident, HiddenMarks,
    };
}
