using KooAssistent.Conversation.Understanding.Concepts;
using static KooAssistent.Conversation.Understanding.Safety.DangerConcepts;
using static KooAssistent.Conversation.Understanding.Safety.DangerKind;
using static KooAssistent.Conversation.Understanding.Safety.DangerRule;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// The combinations of concepts that mean danger. Each rule is about a phenomenon, not a sentence: who does what to
/// whom, with what, how soon — in one sentence, in any order, whatever lies between. When in doubt a rule is in:
/// a missed crisis is the worst failure; an unneeded question about danger is a small cost.
/// </summary>
public static class DangerRules
{
    private static readonly string[] Frames = [InfoFrame, Fiction, Joke];
    private static readonly string[] Anyone = [Partner, Parent, Relative, Other, Neighbour, ThirdPerson, Child];
    private static readonly string[] People = [Partner, Parent, Relative, Other, Neighbour, ThirdPerson];
    private static readonly string[] Close = [Partner, Parent, Relative];

    public static readonly IReadOnlyList<DangerRule> All =
    [
        // Suicide: the word itself, a wish to die, means with intent, a place at a height, farewell.
        Crisis(Suicide, "suicide-word", [[SuicideWord]], unless: [InfoFrame, Fiction, Bereaved, SuicidalClients]),
        // A wish to die said with "haha" or "lol" is still a wish to die: downplaying is one of the ways it is said.
        // These phrases hold their own negation ("wil niet meer leven"); a "echt niet" after them only stresses it.
        Crisis(Suicide, "suicide-note", [[SuicideNote]], unless: [Leaving, InfoFrame, Fiction]),
        Crisis(Suicide, "death-wish", [[DeathWish]], negatable: false),
        Crisis(Suicide, "wish-to-die", [[Desire], [Death]], span: 6, unless: [InfoFrame, Denial, OthersWantUsGone, WritingRequest]),
        Crisis(Suicide, "not-waking-up-wish", [[Desire, Self], [NotWake]], span: 10, unless: [InfoFrame, Fiction, Routine]),
        Crisis(Suicide, "end-it", [[EndIt], [Self, Plan, Desire, Immediacy]], span: 6, unless: [Relationship, Fiction, InfoFrame]),
        Crisis(Suicide, "means-gathered", [[Means], [Gathered]], span: 8, unless: [Permission, Cooking, Outdoors, .. Frames]),
        Crisis(Suicide, "means-all-at-once", [[Means], [AllAtOnce]], span: 16, unless: [Permission, .. Frames], acrossSentences: true),
        Crisis(Suicide, "means-lethal", [[Means], [Lethal]], span: 10, unless: [Fiction]),
        Crisis(Suicide, "jump-from-height", [[Jump], [Height, Train], [Self, Desire, Plan, Immediacy, Despair, StandAt, Intent, Psychosis]], span: 16, unless: Frames),
        Crisis(Suicide, "at-the-edge", [[StandAt], [Height, Train], [Despair, Jump, Immediacy, Finality]], span: 14, unless: Frames),
        Crisis(Suicide, "farewell", [[Farewell, SuicideNote], [Finality, Despair, Plan, Means, DeathWish]], span: 24, unless: [Estate, Leaving, .. Frames], acrossSentences: true),
        Crisis(Suicide, "to-the-tracks", [[Train, Height], [Plan, Intent], [Farewell, Despair, DeathWish, Finality]], span: 30, unless: [Leaving, .. Frames], acrossSentences: true),
        // "iedereen is beter af zonder mij", "ons Ria is beter af zonder mij", "it would be easier for everyone if there was no me".
        Crisis(Suicide, "better-off-without-me", [[BetterOff], [WithoutMe]], span: 8, unless: [InfoFrame, Fiction, Relationship], acrossSentences: false),
        Crisis(Suicide, "nobody-would-notice-if-gone", [[NobodyNotices], [WithoutMe, Gone, Jump, Death]], span: 14, unless: [InfoFrame, Fiction, GoneTo], acrossSentences: true),
        Possible(Suicide, "nobody-would-notice", [[NobodyNotices]], unless: [InfoFrame, Fiction, Joke]),
        Possible(Suicide, "a-burden", [[Burden]], unless: [InfoFrame, Fiction, Joke]),
        Crisis(Suicide, "sealed-in-with-fumes", [[SealedIn], [Heater, GasWord, GasOpen, GasTap]], span: 24, unless: [InfoFrame, Fiction], acrossSentences: true),
        // Possessions given away with a letter, a last arrangement or despair near: "fiets en playstation aan mijn neefje gegeven".
        Crisis(Suicide, "giving-things-away", [[GiveAway], [Possession], [Farewell, SuicideNote, Finality, GoneByThen, Despair, DeathWish]], span: 40, unless: [Estate, Leaving, .. Frames], acrossSentences: true),
        Crisis(Suicide, "join-the-dead", [[DeathNoun], [JoinTheDead]], span: 24, unless: Frames, acrossSentences: true),
        Possible(Suicide, "means-despair", [[Means], [Despair]], span: 24, unless: [Permission, Routine, Addiction, .. Frames], acrossSentences: true),
        Possible(Suicide, "means-plan", [[Means], [Plan]], span: 14, unless: [Permission, Cooking, Routine, Outdoors, .. Frames]),
        Possible(Suicide, "wish-to-disappear", [[Desire], [Death]], span: 6, unless: [Denial, OthersWantUsGone, .. Frames]),
        Possible(Suicide, "gone-after-a-date", [[GoneByThen], [ChosenDate, Farewell]], span: 20, unless: [GoneTo, .. Frames], acrossSentences: true),
        Possible(Suicide, "farewell-alone", [[Farewell]], unless: [Estate, Leaving, .. Frames]),
        // Hinted: "ik ben er volgende maand toch niet meer", a truck one would not mind, pills on the table, the way to the tracks, a roof.
        Possible(Suicide, "not-around-then", [[NotAroundThen]], unless: [Leaving, GoneTo, .. Frames]),
        Possible(Suicide, "would-not-mind-an-end", [[NotMind], [PassiveEnd, Death, NotWake]], span: 16, unless: Frames, acrossSentences: true),
        Possible(Suicide, "means-within-reach", [[Means], [WithinReach]], span: 8, unless: [Permission, Routine, Cooking, Outdoors, YoungChild, .. Frames]),
        Possible(Suicide, "weapon-taken-out", [[Weapon], [TakenOut]], span: 10, unless: [Hunting, Cooking, .. Frames]),
        Crisis(Suicide, "heading-for-the-tracks", [[GoingTo, StandAt], [Tracks]], span: 6, unless: [Leaving, .. Frames]),
        Possible(Suicide, "on-a-roof-or-ledge", [[Roof]], unless: [RoofWork, Play, Outdoors, .. Frames]),

        // Self-harm: the act done to oneself, or its wounds on the body.
        Crisis(SelfHarm, "self-harm-word", [[SelfHarmWord]], unless: [InfoFrame, Fiction]),
        Crisis(SelfHarm, "self-harm-act", [[SelfHarmAct, Hit], [Reflexive]], span: 5, unless: [Accident, Joke, Fiction, LongOver, Itch, Diabetes]),
        Crisis(SelfHarm, "self-harm-wounds", [[Wound], [BodyPart]], span: 6, unless: [Accident, Animal, Fiction, Cooking]),
        Crisis(SelfHarm, "wounds-when-upset", [[Wound], [WhenUpset]], span: 14, unless: [Accident, Animal, Fiction, Cooking, Play], negatable: false),
        // "sh", "3 maanden clean", a blade: a relapse into cutting told in the words of those who do it.
        Crisis(SelfHarm, "self-harm-shorthand", [[SelfHarmShort], [Blade, Wound, Relapse, SelfHarmAct]], span: 24, unless: [Accident, Animal, Fiction, Cooking], acrossSentences: true),
        Crisis(SelfHarm, "relapse-with-blade", [[Relapse], [Blade]], span: 24, unless: [Accident, Animal, Fiction, Cooking, YoungChild, Play], acrossSentences: true),
        // A cut is a cut, whoever the resident says did it ("ze zegt dat het van de kat is").
        Crisis(SelfHarm, "cuts-on-body", [[CutWound], [BodyPart]], span: 8, unless: [Accident, Cooking, Fiction, InfoFrame]),
        Crisis(SelfHarm, "self-harm-on-body", [[SelfHarmAct], [BodyPart], [Self, Reflexive, Wound]], span: 14, unless: [Accident, Animal, Fiction, Cooking, Play, YoungChild, Itch], acrossSentences: true),

        // Violence at home: an act against the writer or someone close, being hit, choking, threats to kill or to
        // take the children, being locked in or robbed of phone and money, hiding from someone now.
        Crisis(DomesticViolence, "hit-me", [[Hit, Choke, HitPassive], [Me]], span: 5, unless: [YoungChild, Play, Joke, Fiction, Peers]),
        // With a partner named as the one who hits, other people in the sentence ("when I talk to the other mothers at
        // school") are the occasion, not a fight among children.
        Crisis(DomesticViolence, "partner-hits-me", [[Partner], [Hit, Choke, HitPassive], [Me]], span: 8, subjectFirst: true, unless: [Play, Joke, Fiction, YoungChild]),
        Crisis(DomesticViolence, "hit-someone-close", [[Hit, Choke], Close], span: 6, unless: [YoungChild, Play, Joke, Fiction, Peers, Animal, Past, ViolentOpinion]),
        // Blows one "gets": "ik krijg klappen als hij gedronken heeft", "krijgt elke dag klappen".
        Crisis(DomesticViolence, "i-get-blows", [[Self, Me], [Receive], [BlowsTaken]], span: 8, subjectFirst: true, unless: [Play, Fiction, Peers, Joke, InfoFrame]),
        Crisis(DomesticViolence, "being-hit", [[Self], [Being], [HitPassive]], span: 5, subjectFirst: true, unless: [Play, Fiction, Peers, Debt, InfoFrame]),
        Crisis(DomesticViolence, "choked", [[Choke]], unless: [Joke, Fiction, Play]),
        Crisis(DomesticViolence, "violence-word", [[DomesticViolenceWord]], unless: [InfoFrame, Fiction]),
        Crisis(DomesticViolence, "threat-to-kill", [[Threaten], [Kill, HarmGeneric, TakeChildren]], span: 14, unless: [Joke, Fiction, Authority]),
        Crisis(DomesticViolence, "kill-me", [[Kill], [Me]], span: 6, unless: [ParentFindsOut, Joke, Fiction, Play, Custody]),
        Possible(DomesticViolence, "kill-me-if", [[Kill], [Me], [Partner]], span: 8, unless: [Joke, Fiction, Play]),
        Crisis(DomesticViolence, "threatened", [[Threatened]], unless: [Debt, Joke, Fiction, InfoFrame, SanctionThreat]),
        Crisis(DomesticViolence, "locked-in", [[LockIn], [.. People, Me, Child]], span: 12, unless: [Joke, Fiction, Accident]),
        Crisis(DomesticViolence, "control", [[Take], [MyBelonging], [Partner, Parent, ThirdPerson]], span: 10, unless: [Authority, Joke, Routine, Debt, Punishment]),
        Crisis(DomesticViolence, "hiding-now", [[Hide], [Partner, Parent, ThirdPerson, Aggression, Fear]], span: 15, unless: [Play, Fiction, Joke, FireFear]),
        Crisis(DomesticViolence, "afraid-and-aggression", [[AfraidToGoHome], [Aggression, Hit, Weapon]], span: 16, unless: [Fiction, Peers, YoungChild], acrossSentences: true),
        Possible(DomesticViolence, "afraid-of-someone-close", [[Fear], [Partner, Parent, ThirdPerson, Relative]], span: 4, subjectFirst: true, unless: [Fiction, Animal, YoungChild, FireFear]),
        Possible(DomesticViolence, "afraid-to-go-home", [[AfraidToGoHome]], unless: [Fiction]),
        Possible(DomesticViolence, "aggression-at-home", [[Aggression], [Partner, Parent, ThirdPerson], [Immediacy, Fear, Hit, Weapon, Despair, Hide, Aggression, Drunk]], span: 20, unless: [Fiction, YoungChild, Peers, Joke, Door, Idiom], acrossSentences: true),
        Possible(DomesticViolence, "quarrel-with-blows", [[Quarrel], [Blows], [Partner, Parent, Relative, Immediacy]], span: 16, unless: [Peers, Fiction, YoungChild, Play, Past, InfoFrame], acrossSentences: true),
        Possible(DomesticViolence, "someone-hits", [[Hit], [Partner, Parent, ThirdPerson]], span: 4, unless: [YoungChild, Play, Joke, Fiction, Peers, Animal, Door, SkipOver, InfoFrame, Past]),

        // Threats from others: a weapon at the door or coming closer, a loan shark, a stalker.
        Crisis(Threat, "weapon-threat", [[Weapon], [Attack, AtDoor, Threaten, VeiledThreat, Kill, HarmGeneric, Immediacy, Screaming]], span: 12, unless: [Cooking, Hunting, Fiction, Play, InfoFrame, YoungChild]),
        Crisis(Threat, "loan-shark", [[LoanShark, KnowWhereILive], [Threaten, VeiledThreat, Kill, HarmGeneric, Hit, AtDoor, Aggression]], span: 30, unless: [Fiction], acrossSentences: true),
        Crisis(Threat, "stalker", [[Stalk], [Threaten, Kill, Weapon, Fear, HarmGeneric, AtDoor]], span: 20, unless: [Fiction, Joke]),
        Crisis(Threat, "pay-or-else", [[PayOrElse], [TakeChildren, Kill, HarmGeneric, Hit, Weapon, KnowWhereILive]], span: 20, unless: [Fiction, Joke, InfoFrame], acrossSentences: true),
        Crisis(DomesticViolence, "threat-at-the-door", [[Partner, Relative, Other, Neighbour, ThirdPerson], [AtDoor], [Kill, VeiledThreat, Weapon]], span: 24, unless: [Fiction, Joke, Play, InfoFrame], acrossSentences: true),
        Crisis(Threat, "veiled-threat", [[VeiledThreat]], unless: [Joke, Fiction, Play, InfoFrame]),
        Crisis(Threat, "weapon-about", [[Weapon], [Other, Neighbour, ThirdPerson, Partner], [Street, AtDoor]], span: 12, unless: [Cooking, Fiction, Play, Buy, InfoFrame, YoungChild]),
        Crisis(Threat, "weapon-ready", [[Weapon], [Gathered]], span: 6, unless: [Cooking, Buy, Fiction, Play]),
        // Harm promised on a condition: "ze slaan me in elkaar als ik naar de politie ga", "als ik weiger weet hij waar mijn moeder woont".
        Crisis(Threat, "harm-if-i-refuse-or-tell", [[Defiance], [Hit, Kill, HarmGeneric, KnowWhereILive, Weapon, TakeChildren, Spread, BlowsTaken]], span: 20, unless: [Fiction, Joke, InfoFrame, Play, Door, YoungChild], acrossSentences: true),
        Possible(Threat, "know-where-i-live", [[KnowWhereILive]], unless: [Fiction, Joke]),
        Crisis(Threat, "weapon-aimed", [[Weapon], [Aimed]], span: 12, unless: [Fiction, InfoFrame]),
        Crisis(Threat, "contact-ban-broken", [[RestrainingOrder], [AtDoor, Stalk, Threaten, VeiledThreat]], span: 40, unless: [Fiction, InfoFrame], acrossSentences: true),

        // The writer may hurt someone: their own child included.
        Crisis(HarmToOthers, "lose-control", [[LoseControl], [HarmGeneric, Hit, Shake, Kill, Choke, Child, Anger, Weapon]], span: 32, unless: [Joke, Fiction, Play, ParentFindsOut], acrossSentences: true),
        // "ik ga mijn huisgenoot vermoorden" about the rubbish bags is anger, not a plan; a weapon, a time or losing control make it one.
        Crisis(HarmToOthers, "i-will-hurt", [[Self], [Kill, HarmGeneric], Anyone, [Weapon, Plan, Immediacy, Gathered, LoseControl]], span: 24, subjectFirst: true, unless: [Joke, Fiction, Play, ParentFindsOut], acrossSentences: true),
        Crisis(HarmToOthers, "weapon-intent", [[Self], [Intent], [Weapon]], span: 10, subjectFirst: true, unless: [Cooking, Buy, Play, Fiction]),
        Crisis(HarmToOthers, "i-hit-my-child", [[Self], [Hit, HitPassive, Shake, Choke], [Child]], span: 8, subjectFirst: true, unless: [ThirdPersonHits, Play, Joke, Fiction, InfoFrame]),
        Crisis(HarmToOthers, "i-hit-and-it-left-a-mark", [[Self], [Hit, HitPassive], [ThirdPerson, Child, YoungChild], [Bleeding, Wound]], span: 20, subjectFirst: true, unless: [Accident, Play, Joke, Fiction, InfoFrame, Door, Peers], acrossSentences: true),
        Possible(HarmToOthers, "i-slap-my-child", [[Self], [Slap], [Child]], span: 8, subjectFirst: true, unless: [Play, Joke, Fiction, InfoFrame]),

        // A child harmed: hit or shaken by an adult, sexual acts, secrets, neglect.
        Crisis(ChildAbuse, "child-hit", [[Hit, Choke, Shake], [Child], [Parent, Partner, Other, Neighbour, Relative, ThirdPerson]], span: 10, unless: [YoungChild, Peers, Play, Joke, Fiction, Animal, InfoFrame, Door]),
        // A toddler who hits is a parenting question; an adult who hits a toddler is not: the adult comes first.
        Crisis(ChildAbuse, "minor-with-an-adult-friend-and-sex-or-money", [[Minor, Child], [AdultFriend], [PaidOff, SexWork, Sex, Secret, NudeImage, Force, Gifts, OwedFavour]], span: 50, unless: [InfoFrame, Fiction], acrossSentences: true),
        Crisis(ChildAbuse, "adult-hits-young-child", [[Parent, Partner, Other, Neighbour, Relative], [Hit, Choke, Shake], [Child, YoungChild]], span: 10, subjectFirst: true, unless: [ChildHits, Peers, Play, Joke, Fiction, Animal, InfoFrame, Door]),
        Crisis(ChildAbuse, "child-tells-of-hitting", [[Child, YoungChild], [Tell], [Parent, Partner, Other, Neighbour, Relative], [Hit, Choke, Shake]], span: 14, subjectFirst: true, unless: [Peers, Play, Joke, Fiction, InfoFrame]),
        Crisis(ChildAbuse, "child-was-hit", [[HitPassive], [Child]], span: 8, unless: [Peers, Play, Joke, Fiction, Animal, InfoFrame]),
        Crisis(ChildAbuse, "child-gets-blows", [[Child, YoungChild], [Receive], [BlowsTaken]], span: 10, unless: [Peers, Play, Joke, Fiction, Animal, InfoFrame]),
        // An adult who comes to a child's room or bed at night, and a child who does not want it or must keep it secret.
        Crisis(ChildAbuse, "night-visits", [[Relative, Partner, Parent, Other, Neighbour, ThirdPerson], [NightVisit], [Unwilling, Secret, TouchBody, PrivatePart, Sex]], span: 30, unless: [Comfort, Fiction, InfoFrame], acrossSentences: true),
        // Thrown against a door or a wall: "deur" here is where the child's head hit, not a door slammed in anger.
        Crisis(ChildAbuse, "adult-hits-child-bleeding", [[Parent, Partner, Other, Relative, Neighbour], [Hit], [Bleeding], [Child, YoungChild]], span: 24, subjectFirst: true, unless: [Play, Fiction, InfoFrame, Joke]),
        Crisis(ChildAbuse, "child-thrown", [[Thrown], [Child, YoungChild]], span: 14, unless: [Fiction, InfoFrame, Play], acrossSentences: true),
        Crisis(DomesticViolence, "thrown-against", [[Thrown], [Me, Partner, Parent, ThirdPerson]], span: 10, unless: [Fiction, InfoFrame, Play, Joke]),
        Crisis(ChildAbuse, "child-injured-again", [[RepeatedInjury], [Child, YoungChild, ThirdPerson]], span: 24, unless: [Fiction, InfoFrame, Play], acrossSentences: true),
        Crisis(ChildAbuse, "photographing-children-undressed", [[Photographs], [Undressing], [Child, YoungChild]], span: 24, unless: [Fiction, InfoFrame], acrossSentences: true),
        Possible(ChildAbuse, "adult-secret-with-a-child", [[Secret], [Child, Minor], [Other, AdultFriend, Relative, Neighbour, Partner]], span: 30, unless: [Fiction, InfoFrame, Play], acrossSentences: true),
        // The shower or the bedroom walked in on by an adult of the house: "de vriend van mijn moeder komt de badkamer in als ik douche".
        Crisis(ChildAbuse, "adult-walks-in-on-a-child", [[Partner, Parent, Relative, Other, ThirdPerson, AdultFriend], [Intrudes], [Undressing, Undressed, Minor, Child]], span: 30, unless: [YoungChild, Fiction, InfoFrame], acrossSentences: true),
        Crisis(ChildAbuse, "baby-shaken", [[Shake], [Child]], span: 6, unless: [Fiction, InfoFrame, Play]),
        Crisis(ChildAbuse, "child-abuse-word", [[ChildAbuseWord]], unless: [InfoFrame, Fiction]),
        Crisis(ChildAbuse, "neglect", [[Neglect], [Child, ThirdPerson]], span: 14, unless: [InfoFrame, Fiction, Animal]),
        Crisis(ChildAbuse, "violence-heard", [[Hear], [Screaming], [Blows, Hit]], span: 16, unless: [Fiction, Play]),
        Crisis(ChildAbuse, "abuse-secret", [[Secret], [TouchBody, Sex, SexualAbuse, Hit]], span: 24, unless: [Fiction], negatable: false),
        Crisis(ChildAbuse, "child-wounds", [[Wound, Hit], [BodyPart], [Child, ThirdPerson]], span: 16, unless: [Accident, Animal, Fiction, Play, Peers, YoungChild]),
        Crisis(ChildAbuse, "child-locked-in", [[LockIn], [Child]], span: 12, unless: [Fiction, Play, Joke]),
        Crisis(ChildAbuse, "child-left-with-a-carer-out-of-it", [[Child, YoungChild], [NeglectSign], [Drunk, Drug, Unresponsive]], span: 30, unless: [Fiction, InfoFrame, Past], acrossSentences: true),
        Crisis(ChildAbuse, "child-left-alone", [[Child], [NeglectSign], [Duration, Neglect, NeglectSign]], span: 30, unless: [Fiction, InfoFrame, NoIncome], acrossSentences: true),

        // Sexual violence: the act named, forced sex or touching, sextortion.
        Crisis(SexualViolence, "sexual-abuse", [[SexualAbuse]], unless: [InfoFrame, Fiction, Joke, Menstruation]),
        Crisis(SexualViolence, "forced", [[Force], [Sex, TouchBody]], span: 12, unless: [InfoFrame, Fiction]),
        Crisis(SexualViolence, "woke-up-undressed", [[Blackout, Drug], [Undressed]], span: 30, unless: [InfoFrame, Fiction, Joke], acrossSentences: true),
        Crisis(SexualViolence, "private-parts-touched", [[TouchBody], [PrivatePart]], span: 5, unless: [SelfTouch, InfoFrame, Fiction, Cooking]),
        Possible(ChildAbuse, "adult-friend-of-a-child", [[Child, Minor], [AdultFriend]], span: 16, unless: [InfoFrame, Fiction]),
        Crisis(SexualViolence, "drink-spiked", [[Spiked]], unless: [InfoFrame, Fiction, Joke]),
        Crisis(SexualViolence, "said-no-went-on", [[SaidNo], [WentOn]], span: 12, unless: [InfoFrame, Fiction, Joke, YoungChild]),
        Crisis(SexualViolence, "sextortion", [[NudeImage], [Blackmail, Spread, Threaten]], span: 20, unless: [InfoFrame, Story]),
        Crisis(SexualViolence, "blackmail", [[Blackmail], [Sex, NudeImage, Me]], span: 20, unless: [InfoFrame, Story, Custody]),

        // Exploitation: sex to pay off a debt, a minor passed on to older men, papers held by a boss, the words for it.
        // "de huurachterstand kan ik op een andere manier betalen", "mijn baas betaalt pas uit als ik lief tegen hem ben".
        Crisis(SexualViolence, "pay-in-kind", [[PayInKind]], unless: [InfoFrame, Fiction, Joke]),
        // A toddler slapped on the head by an adult: how hard it was is often told only by what it did to the child.
        Possible(ChildAbuse, "young-child-slapped-on-the-head", [[Parent, Partner, Other, Neighbour, Relative, AdultFriend], [Slap, Hit, Blows], [YoungChild], [Head]], span: 24, subjectFirst: true, unless: [Peers, Play, Joke, Fiction, InfoFrame, Animal]),
        // "of die levensverzekering ook uitkeert als je het zelf doet": a plan weighed in the words of a policy.
        Crisis(Suicide, "life-insurance-if-by-own-hand", [[LifeInsurance], [ByOwnHand]], span: 40, unless: [InfoFrame, Fiction], acrossSentences: true),
        // A diabetic's sugar far too low with its signs ("suiker 2,1 en ik tril en zie wazig"): a hypo that can end in a coma.
        Crisis(Medical, "low-sugar-with-signs", [[LowSugar], [Symptom, Unresponsive, Confused]], span: 16, unless: [InfoFrame, Fiction, Past, Recovered], acrossSentences: true),
        // "dan kom je hier niet levend uit": a threat to kill told by its outcome.
        Crisis(Threat, "not-out-alive", [[NotOutAlive]], unless: [InfoFrame, Fiction, Joke, Play], negatable: false),
        // Things thrown at the writer or at someone's head by a partner or another adult.
        Possible(DomesticViolence, "thrown-at-me", [[Partner, Parent, Relative, Other, ThirdPerson], [ThrowVerb], [AtMe]], span: 10, unless: [YoungChild, Play, Joke, Fiction, Peers, InfoFrame]),
        // Arms kept out of sight, long sleeves in summer: what someone who cuts hides, told without a harm word.
        Possible(SelfHarm, "arms-kept-hidden", [[HiddenArms]], unless: [InfoFrame, Fiction, Joke]),
        // A carer at the end of their strength with a pillow by the bed.
        Crisis(HarmToOthers, "pillow-over-someone", [[Smother]], unless: [InfoFrame, Fiction, Joke]),
        // A child who draws an adult undressed: how young children tell what they have no words for.
        Possible(ChildAbuse, "child-draws-an-undressed-adult", [[Child, YoungChild, Minor], [Draws], [Undressed, PrivatePart]], span: 30, unless: [InfoFrame, Fiction, Play], acrossSentences: true),
        // Sleeping in the car or at a friend's is danger when fear or aggression drove the writer there, not after losing a job or a room.
        Possible(DomesticViolence, "sheltering-from-someone", [[Shelter], [Aggression, Fear, Hit, Threaten, AfraidToGoHome, Kill, Weapon]], span: 24, unless: [Fiction, Joke, Play], acrossSentences: true),
        // Someone lying on the floor for hours who cannot or will not get up: a fall, a stroke, a hypo, told as calmly as a question about home care.
        Possible(Medical, "lying-on-the-floor", [[Lying], [Floor], [Parent, Partner, Relative, Neighbour, Self, Me, ThirdPerson]], span: 10, unless: [YoungChild, Child, Minor, Play, Fiction, InfoFrame, Screaming, Animal, Joke, ObjectLost, Past]),
        // "ik wil voor altijd weg", "I want to disappear for good": gone for ever, not away from someone or somewhere.
        Possible(Suicide, "wants-to-be-gone-forever", [[Forever], [Gone, Vanish], [Desire, Intent]], span: 6, unless: [LeaveFrom, Leaving, GoneTo, Debt, .. Frames]),
        // A photo of the house, the door or the children's school sent by someone: told where the family can be found.
        Possible(Threat, "sent-a-photo-of-where-we-are", [[PhotoOfWhere], [SentVerb]], span: 10, unless: [Fiction, InfoFrame, Joke, Routine]),
        Possible(Suicide, "how-easy-it-would-be", [[EasyWay], [Jump, Height, Train, Means, Lethal, Water, Tracks, Roof]], span: 24, unless: [.. Frames], acrossSentences: true),
        // "bedenken hoe het zou zijn om op het spoor te gaan liggen": a method thought through, however lightly it is put.
        Crisis(Suicide, "lying-down-on-the-tracks", [[LieDown, Lying], [Tracks]], span: 6, unless: [InfoFrame, Fiction, Past]),
        // "een kussen over haar hoofd leggen", "druk ik haar hoofdje in het kussen": asked about, since a pillow under a head is care.
        Possible(HarmToOthers, "pillow-on-a-face", [[Pillow], [Head], [OverOnto]], span: 8, unless: [InfoFrame, Fiction, Joke, UnderHead]),
        // "op mijn ipad gezocht hoe je voor altijd kan gaan slapen": death as sleep, looked up or wished.
        Crisis(Suicide, "sleep-forever", [[SleepForever], [Searched, Desire, Plan, Intent]], span: 12, unless: [Past, InfoFrame, Fiction], acrossSentences: true),
        Crisis(ChildAbuse, "hand-under-clothes", [[HandWord], [UnderClothes], [Relative, Other, Neighbour, Partner, AdultFriend, Parent]], span: 16, unless: [InfoFrame, Fiction, SelfTouch]),
        Crisis(Suicide, "worked-out-how-and-where", [[HowAndWhere], [ChosenDate, Despair, NobodyNotices, Farewell, DeathWish, GoneByThen]], span: 24, unless: [Paperwork, Permission, .. Frames], acrossSentences: true),
        // Everything in the medicine cabinet taken, and the body already changing: an overdose told beside a practical question.
        Crisis(Medical, "took-it-all-with-signs", [[Intake], [Means], [Quantity, AllAtOnce], [Symptom, Unresponsive]], span: 24, unless: [Permission, InfoFrame, Fiction], acrossSentences: true),
        // "mijn man dwingt me": a partner who forces; whether to sex or to anything else, the question about danger is asked.
        Possible(DomesticViolence, "partner-forces-me", [[Partner], [Force], [Me]], span: 8, subjectFirst: true, unless: [Fiction, Joke]),
        Possible(DomesticViolence, "shut-me-in", [[ShutVerb], [Me], [UpIn]], span: 10, unless: [Fiction, Joke, Play, Accident]),
        Possible(DomesticViolence, "marks-kept-hidden", [[Marks], [Conceal]], span: 10, unless: [Fiction, InfoFrame, Joke, Play, Peers]),
        // "school belt dat hij er niet is": the child named as he or she, in a second message.
        Possible(MissingChild, "he-or-she-never-arrived", [[NotArrived], [ThirdPerson, Minor], [Water, Dark, Cold, Immediacy]], span: 30, unless: [Found, Routine, Past, GoneTo, Fiction, InfoFrame, Joke, Play], acrossSentences: true),
        // Not negatable: going quiet is itself said with a negation ("zegt niks meer", "won't answer").
        Crisis(Medical, "diabetic-gone-quiet", [[Diabetes], [Silent, Unresponsive, Confused]], span: 30, unless: [InfoFrame, Fiction, Past, Recovered], negatable: false, acrossSentences: true),
        Possible(Medical, "diabetic-with-signs", [[Diabetes], [Symptom]], span: 24, unless: [InfoFrame, Fiction, Past, Recovered], acrossSentences: true),
        Crisis(FireOrGas, "smells-of-gas", [[SmellVerb], [GasWord]], span: 10, unless: [InfoFrame, Fiction, Idiom, FireOver, Past]),
        // Pain down there after time with an adult: how a young child tells what was done.
        Possible(ChildAbuse, "pain-down-there-after-an-adult", [[PrivatePart], [Pain], [Relative, Other, Neighbour, Partner, AdultFriend, Secret, NightVisit]], span: 30, unless: [InfoFrame, Fiction, Play], acrossSentences: true),
        Possible(SexualViolence, "nice-to-the-boss", [[Boss], [NiceToHim]], span: 20, unless: [InfoFrame, Fiction, Joke], acrossSentences: true),
        Crisis(SexualViolence, "exploitation-word", [[ExploitationWord]], unless: [InfoFrame, Fiction]),
        Possible(SexualViolence, "exploited", [[Exploited]], unless: [InfoFrame, Fiction, Joke, Past]),
        Crisis(SexualViolence, "sex-to-pay", [[SexWork], [PaidOff, Force]], span: 40, unless: [InfoFrame, Fiction], acrossSentences: true),
        Crisis(ChildAbuse, "minor-passed-to-men", [[Minor], [MenAround], [PaidOff, NudeImage, SexWork, Sex, Force, Gifts, OwedFavour, Blackmail]], span: 50, unless: [InfoFrame, Fiction], acrossSentences: true),
        Crisis(Threat, "forced-to-carry-drugs", [[Force, VeiledThreat, Threaten, PayOrElse, KnowWhereILive, Defiance, BlowsTaken], [DrugRun]], span: 30, unless: [InfoFrame, Fiction], acrossSentences: true),
        Crisis(Threat, "papers-held-by-a-boss", [[Papers], [HeldBack], [Boss]], span: 14, unless: [Authority, InfoFrame, Fiction, Joke], acrossSentences: true),
        // Forced labour told by its conditions: papers held beside a debt to work off, no pay or no freedom to leave;
        // or no pay and no freedom without any papers named.
        Crisis(Threat, "papers-held-and-work-owed", [[Papers], [HeldBack], [PaidOff, UnpaidWork, NotFree]], span: 40, unless: [Authority, Fiction, Joke], acrossSentences: true),
        Crisis(Threat, "papers-with-a-boss-and-not-free", [[Papers], [Boss], [NotFree]], span: 40, unless: [Authority, InfoFrame, Fiction, Joke], acrossSentences: true),
        Crisis(Threat, "unpaid-and-not-free", [[UnpaidWork], [NotFree]], span: 30, unless: [InfoFrame, Fiction, Joke, Child, YoungChild], acrossSentences: true),
        // Letters written to the people left behind, and their worry said to end. Not negatable: the end of worry is
        // itself said with a negation ("hoeven zich geen zorgen meer te maken", "won't have to worry").
        Crisis(Suicide, "letters-and-no-more-worry", [[LettersWritten], [NoMoreWorry, GoneByThen, Finality]], span: 30, unless: [Leaving, .. Frames], negatable: false, acrossSentences: true),
        // Someone went on while the writer was asleep or half asleep.
        // Seventeenth round. "als ik er niet was hadden ze geen ruzie … ik heb al opgezocht hoe het moet": the writer's
        // absence wished for, and a way looked up.
        Crisis(Suicide, "searched-how-to-be-gone", [[WithoutMe, Burden, BetterOff, NobodyNotices], [Searched]], span: 40, unless: [Leaving, GoneTo, .. Frames], negatable: false, acrossSentences: true),
        Possible(DomesticViolence, "injury-explained-away", [[CoverStory]], unless: [InfoFrame, Fiction, Joke, Play]),
        Crisis(DomesticViolence, "injury-explained-away-with-a-partner", [[CoverStory], [Partner, Anger, Hit, Fear]], span: 40, unless: [InfoFrame, Fiction, Joke, Play], acrossSentences: true),
        // A dead bird on the doormat, then a photo of the children at the school gate, from the man of the loan: a
        // threat told without words. A dead bird alone is a question for the street cleaners. Not negatable: the debt
        // is told as what cannot be paid ("kan de lening niet terugbetalen").
        Crisis(Threat, "messages-left-at-the-door", [[Intimidation], [PhotoOfWhere, Threaten, LoanShark, Debt, PaidOff, KnowWhereILive]], span: 40, unless: [InfoFrame, Fiction], negatable: false, acrossSentences: true),
        // A list of names with a weapon looked up or at hand: a plan to hurt others, whoever tells it.
        Crisis(HarmToOthers, "names-and-a-weapon", [[NameList], [Weapon, Kill, Searched]], span: 40, unless: [InfoFrame, Fiction, Play, Hunting], acrossSentences: true),
        Possible(HarmToOthers, "weapon-looked-up", [[Weapon], [Searched]], span: 14, unless: [InfoFrame, Fiction, Play, Hunting, Cooking]),
        // Petrol set aside for the day a landlord or neighbour comes: arson announced, however much "half a joke".
        Possible(HarmToOthers, "fuel-kept-for-someone", [[Fuel], [ForWhen]], span: 24, unless: [InfoFrame, Fiction, Cooking, Outdoors], acrossSentences: true),
        // "mijn opa die het bij mij deed toen ik klein was woont nu bij mijn zus, met haar meisjes van 5 en 7".
        Crisis(ChildAbuse, "abuser-near-children", [[VeiledAbuse, SexualAbuse], [YoungChild, Minor]], span: 40, unless: [InfoFrame, Fiction], acrossSentences: true),
        Possible(SexualViolence, "abuse-told-as-it", [[VeiledAbuse]], unless: [InfoFrame, Fiction, Joke]),
        // Eighteenth round. "als ik er over een paar weken niet meer ben": gone soon, however many words lie between.
        Possible(Suicide, "no-longer-there-soon", [[IfIAmThere], [NoLongerBe]], span: 10, unless: [Leaving, GoneTo, .. Frames]),
        // Driving at someone: a crisis when the writer means to, a question when it is only told.
        Crisis(HarmToOthers, "run-someone-over", [[RunOver], [Self, Intent, Desire, Plan]], span: 8, unless: [Accident, InfoFrame, Fiction, Joke, Past]),
        Possible(HarmToOthers, "run-someone-over-told", [[RunOver]], unless: [Accident, InfoFrame, Fiction, Past]),
        // A small child out of sight where there is water: "al een half uur uit beeld en we wonen aan de haven". Not
        // for a parent "uit beeld" (a father who is no longer involved).
        Crisis(MissingChild, "child-out-of-sight-near-water", [[Child, YoungChild], [OutOfSight], [Water]], span: 30, unless: [Parent, Found, GoneTo, Past, InfoFrame, Fiction], acrossSentences: true),
        // Voices or a mission from God beside fire, fuel or a weapon: "God draagt hem op het huis te zuiveren met vuur".
        Crisis(MentalCrisis, "voices-with-means", [[Voices, Psychosis], [Fuel, Fire, Weapon, Kill]], span: 40, unless: [InfoFrame, Fiction], acrossSentences: true),
        // Nineteenth round. A child who runs packages or errands for older boys and now owes them: exploitation, however
        // it is played down ("het is niks ergs hoor, gewoon klusjes").
        Crisis(Threat, "minor-working-off-a-debt", [[DrugRun], [Debt, PaidOff, LoanShark], [Minor, Child]], span: 40, unless: [InfoFrame, Fiction], negatable: false, acrossSentences: true),
        // Twentieth round. Steering into a crash told as a thought on the way home, beside an end or nobody's worry.
        Crisis(Suicide, "steer-into-a-crash", [[CrashCar], [Finality, NoMoreWorry, Despair, DeathWish, Desire, Intent]], span: 24, unless: [Accident, Past, .. Frames], acrossSentences: true),
        Possible(Suicide, "steer-into-a-crash-thought", [[CrashCar]], unless: [Accident, Past, .. Frames]),
        // A gun borrowed and "vanavond is het klaar met hem".
        Crisis(HarmToOthers, "weapon-for-someone", [[Weapon], [DoneWithHim]], span: 30, unless: [InfoFrame, Fiction, Play, Hunting, Joke], acrossSentences: true),
        // A child who cannot swim, out of sight: any water near is deep enough.
        Crisis(MissingChild, "non-swimmer-out-of-sight", [[OutOfSight, Missing], [NonSwimmer]], span: 40, unless: [Found, ObjectLost, Past, GoneTo, InfoFrame, Fiction], acrossSentences: true),
        Crisis(MissingChild, "non-swimmer-no-longer-seen", [[SeeVerb], [NoLonger], [NonSwimmer]], span: 40, unless: [Found, ObjectLost, SeeNoWay, Idiom, Past, GoneTo, InfoFrame, Fiction], acrossSentences: true),
        // Twenty-third round. Pills shown emptied, with "sorry" or a phone not answered after: 112 first.
        Crisis(Medical, "emptied-pills-and-silence", [[EmptiedMeans], [NoAnswer, Farewell, Unresponsive, SuicideNote]], span: 40, unless: [InfoFrame, Fiction, Past, Routine], negatable: false, acrossSentences: true),
        Possible(Suicide, "emptied-pills", [[EmptiedMeans]], unless: [InfoFrame, Fiction, Routine]),
        // "zijn zaakjes op orde en hij zet er deze week een punt achter", told of a neighbour and played down.
        Crisis(Suicide, "affairs-in-order-and-an-end", [[Farewell], [EndIt]], span: 24, unless: [Relationship, Estate, Leaving, .. Frames], acrossSentences: true),
        // Twenty-first round. Harm to someone worked out beforehand: how and when, where he lives, nobody else shall have them.
        Crisis(HarmToOthers, "harm-worked-out", [[PlanWorkedOut], [HarmGeneric, Kill, NoneShallHave, Revenge, TargetKnown, Weapon, RunOver]], span: 40, unless: [InfoFrame, Fiction, Play, Cooking, Hunting], acrossSentences: true),
        Possible(HarmToOthers, "none-shall-have-them", [[NoneShallHave]], unless: [InfoFrame, Fiction]),
        Crisis(HarmToOthers, "weapon-readied-with-a-threat", [[Weapon], [TakenOut], [Kill, HarmGeneric, Threaten, Revenge, Anger]], span: 40, unless: [InfoFrame, Fiction, Play, Hunting, Cooking], acrossSentences: true),
        // An end worked out: "ik heb al bedacht hoe en wanneer" beside a wish to be dead.
        Crisis(Suicide, "end-worked-out", [[PlanWorkedOut], [DeathWish, EndIt, Means, Farewell, NoLongerBe, SuicideWord]], span: 40, unless: Frames, acrossSentences: true),
        Possible(Suicide, "end-worked-out-in-despair", [[PlanWorkedOut], [Despair, Finality]], span: 30, unless: Frames, acrossSentences: true),
        // A refusal not heard: "ik zei 3x stop en hij hield me vast", played down as one's own fault.
        Crisis(SexualViolence, "no-not-heard", [[SaidStop], [HeldDown]], span: 16, unless: [InfoFrame, Fiction, Play, YoungChild], acrossSentences: true),
        Crisis(SexualViolence, "no-not-heard-in-bed", [[SaidStop], [WentOn], [Sex, Undressed, Drunk, TouchBody, PrivatePart]], span: 30, unless: [InfoFrame, Fiction, Play, YoungChild], acrossSentences: true),
        // The print of a hand on a child's face, told by a childminder between questions about money.
        Crisis(ChildAbuse, "hand-mark-on-a-child", [[HandMark], [Child, YoungChild, Minor]], span: 40, unless: [InfoFrame, Fiction, Play], acrossSentences: true),
        Possible(DomesticViolence, "hand-mark", [[HandMark]], unless: [InfoFrame, Fiction, Play]),
        // Twenty-fourth round. A partner who drinks or grabs, and a black eye "that was my own fault": blows told as their mark.
        Crisis(DomesticViolence, "partner-and-a-mark", [[Partner], [Marks], [Hit, Aggression, Drunk, SelfBlame]], span: 30, unless: [Accident, InfoFrame, Fiction, Play, YoungChild, Peers], acrossSentences: true),
        Possible(DomesticViolence, "mark-and-self-blame", [[Marks, HandMark], [SelfBlame]], span: 20, unless: [Accident, InfoFrame, Fiction, Play, YoungChild], acrossSentences: true),
        // "als hij het eten koud vindt weet ik wat er komt", with make-up over it or a place to flee asked for. Not
        // negatable: the trigger is often told with a negation ("als het huis niet schoon is").
        Crisis(DomesticViolence, "knows-what-comes-and-hides-it", [[KnowWhatComes], [Conceal, Marks, Fear, Hide, Shelter, Hit]], span: 40, unless: [InfoFrame, Fiction, Play, Joke, YoungChild], negatable: false, acrossSentences: true),
        Possible(DomesticViolence, "knows-what-comes", [[KnowWhatComes]], unless: [InfoFrame, Fiction, Play, Joke, YoungChild, Debt], negatable: false),
        // Rat poison "ready for the coffee" of a mother-in-law, laughed off: a means readied for someone. Not negatable
        // and not cancelled by a joke: "ik doe niks hoor, haha" is how it is played down.
        Crisis(HarmToOthers, "poison-for-someone", [[Poison, Means], [InTheirFood]], span: 16, unless: [InfoFrame, Fiction, Accident], negatable: false, acrossSentences: true),
        // "ik heb voor mezelf al besloten hoe het afloopt en wanneer … hoeft u zich geen zorgen meer te maken".
        Crisis(Suicide, "end-decided-and-no-more-worry", [[PlanWorkedOut], [NoMoreWorry, GoneByThen]], span: 40, unless: Frames, negatable: false, acrossSentences: true),
        // Fallen and no longer speaking, told by a child alone with a grandparent: 112 first.
        Crisis(Medical, "fallen-and-silent", [[Floor], [Silent, Unresponsive], [Parent, Partner, Relative, Neighbour, ThirdPerson]], span: 20, unless: [Play, Fiction, InfoFrame, Joke, Duration, Routine, Past, Peers, Screaming], negatable: false, acrossSentences: true),
        // Twenty-fifth round. Pills saved "so I know there is a way out if it really no longer goes".
        Crisis(Suicide, "means-kept-as-a-way-out", [[Means], [Gathered, WithinReach], [WayOut]], span: 40, unless: [.. Frames], acrossSentences: true),
        // "heb net mijn hele weekrol in 1x genomen": a whole supply taken, whatever the pharmacy named beside it.
        Crisis(Medical, "whole-supply-taken", [[WholeSupply], [Intake]], span: 12, unless: [InfoFrame, Fiction], acrossSentences: true),
        // A CO alarm that goes off beside sleepy children or a headache, whoever says it is broken.
        Crisis(FireOrGas, "co-alarm-and-symptoms", [[CoAlarm], [CoSymptom]], span: 40, unless: [InfoFrame, Fiction, Past, EarlierPeriod, LongOver, FireOver, BuyDetector, Buy], negatable: false, acrossSentences: true),
        // "de jongens van hiernaast dreigen mij … ik durf mijn huis niet meer uit".
        Crisis(Threat, "threatened-and-afraid", [[Threaten, Threatened], [Fear, AfraidToGoHome], [Neighbour, Other, ThirdPerson, Partner, Relative, Me]], span: 30, unless: [Debt, Joke, Fiction, InfoFrame], acrossSentences: true),
        // Twenty-sixth round. Bloody tissues and a sharpener's blade under a bullied daughter's bed.
        Crisis(SelfHarm, "blood-found-with-a-blade", [[BloodFound], [Blade]], span: 30, unless: [Accident, Cooking, Fiction, InfoFrame], acrossSentences: true),
        // "de familie zegt dat ik de eer moet herstellen, anders gebeurt er wat": honour with a threat, however calmly told.
        Crisis(Threat, "honour-and-a-threat", [[Honour], [Threaten, VeiledThreat, Kill, HarmGeneric, TakeChildren, Force, Hit]], span: 40, unless: [InfoFrame, Fiction], acrossSentences: true),
        Possible(Threat, "honour", [[Honour]], unless: [InfoFrame, Fiction]),
        // A friend taken to the toilets by three boys, crying and "ze wouden nie stoppen".
        Crisis(SexualViolence, "taken-aside-and-not-stopped", [[TakenAside], [WentOn, Unwilling, Force, SaidStop]], span: 40, unless: [InfoFrame, Fiction, YoungChild], acrossSentences: true),
        // A bullied child "wil liever dood dan morgen weer naar school": asked about, never passed over.
        Possible(Suicide, "rather-dead", [[RatherDead]], unless: [Joke, Fiction, InfoFrame]),
        // Days without food beside a heart that skips or a head that goes light: an eating disorder's danger, played down.
        Crisis(Medical, "starving-with-heart-or-faint", [[Fasting], [HeartOrFaint]], span: 40, unless: [InfoFrame, Fiction, Past, EarlierPeriod], negatable: false, acrossSentences: true),
        // Twenty-seventh round. A boy of five who played by the pond, "ik zie hem al een kwartier niet".
        Crisis(MissingChild, "child-unseen-by-water", [[Child, YoungChild], [Water], [SeeThem], [ConceptNames.Negation, NoLonger]], span: 30, unless: [Found, InfoFrame, Fiction, Past, PartnerLeft], negatable: false, acrossSentences: true),
        // A toddler who swallowed a button battery "en speelt gewoon verder": it burns through while he plays.
        Crisis(Medical, "button-battery-swallowed", [[ButtonBattery], [Intake, InMouth]], span: 14, unless: [InfoFrame, Fiction], acrossSentences: true),
        // "weer begonnen met krassen", "ik cut weer. was 3 weken clean": self-harm taken up again.
        Crisis(SelfHarm, "self-harm-taken-up-again", [[Relapse], [SelfHarmAct]], span: 8, unless: [Accident, Animal, Fiction, Cooking, YoungChild, Play, Itch, InfoFrame, Diabetes], acrossSentences: true),
        // "checking how high the parking garage near the station is".
        Crisis(Suicide, "checked-how-high", [[CheckedHowHigh], [Height, Train, Water, Roof]], span: 14, unless: [InfoFrame, Fiction, Play]),
        // An ex followed or watched, with revenge: "ik weet precies wanneer ze alleen thuis is. ze gaat spijt krijgen".
        Crisis(HarmToOthers, "watched-and-revenge", [[Stalk, TargetKnown, PlanWorkedOut], [Revenge]], span: 40, unless: [InfoFrame, Fiction, Play, Joke], acrossSentences: true),

        // Twenty-eighth round. Nude or underwear pictures asked by a parent, relative or adult friend for pocket money,
        // gifts, a secret or under pressure: "alleen zakgeld als ik hem foto's in mn ondergoed stuur".
        Crisis(ChildAbuse, "pictures-asked-by-someone-close", [[NudeImage], [Parent, Relative, AdultFriend], [Gifts, PaidOff, Secret, Force, Blackmail]], span: 30, unless: [InfoFrame, Fiction], acrossSentences: true),

        // A route or a time of someone known beside a wish to run them over: "zin om mijn ex aan te rijden … ik weet welke route hij fietst".
        Crisis(HarmToOthers, "run-over-and-target-known", [[RunOver], [TargetKnown, Partner, Desire]], span: 30, unless: [Accident, InfoFrame, Fiction, Past], acrossSentences: true),

        // Twenty-ninth round. Pictures or a secret held over someone for money: "elke week 300 euro … anders gaan de fotos naar mijn vrouw".
        Crisis(Threat, "blackmail-for-money", [[Blackmail], [Debt, PaidOff], [Pictures]], span: 30, unless: [InfoFrame, Story, Custody], acrossSentences: true),

        // Better off once the writer is gone or no longer a burden: "beter af met een vader die er niet meer is … geen
        // last meer van mij". Not negatable: being gone is said with "niet meer". A life insurance alone is a money
        // question ("beter af met een levensverzekering of met sparen?").
        Crisis(Suicide, "better-off-when-gone", [[BetterOff], [NoMoreWorry, NoLongerBe]], span: 40, unless: [InfoFrame, Fiction], negatable: false, acrossSentences: true),

        // A sign that cannot wait in a pregnancy: pre-eclampsia's flashes and swelling, a baby that stopped moving, blood lost.
        Crisis(Medical, "pregnancy-warning-signs", [[Pregnant], [PregnancyWarning]], span: 40, unless: [InfoFrame, Fiction, Past], acrossSentences: true),

        // Thirty-second round. A death planned to pass as an accident ("uitzoeken hoe ik het kan laten lijken op een ongeluk").
        Crisis(Suicide, "made-to-look-like-an-accident", [[DisguisedAsAccident]], unless: [InfoFrame, Fiction, Play, Joke]),
        // A small child held under a cold shower to stop the crying.
        Crisis(ChildAbuse, "cold-shower-for-a-small-child", [[ColdShower], [YoungChild, Child, Minor]], span: 24, unless: [InfoFrame, Fiction, Play, Fever], acrossSentences: true),
        // Marks on a child that came from the writer: "mijn zoontje van 5 heeft een blauw oog van mij".
        Crisis(ChildAbuse, "marks-from-me-on-a-child", [[Marks], [ByMe], [YoungChild, Child]], span: 12, unless: [InfoFrame, Fiction, Play, Accident], negatable: false),
        // Young children left alone through the night ("laat haar en haar broertje van 2 al een week alleen s nachts").
        Crisis(ChildAbuse, "young-children-alone-at-night", [[YoungChild], [AloneAtNight]], span: 24, unless: [InfoFrame, Fiction, Past, Permission], acrossSentences: true),
        // Affairs put in order beside a world that goes on without the writer: "giving my things away … fine without me".
        Crisis(Suicide, "farewell-and-without-me", [[Farewell], [WithoutMe, GoneByThen, BetterOff]], span: 40, unless: [Estate, Leaving, .. Frames], acrossSentences: true),
        // A child who owes someone online for gifts and must send films of himself: grooming for images. The pictures are
        // of the child ("van zichzelf"), not of a birthday.
        Crisis(ChildAbuse, "pictures-owed-by-a-child", [[OwedFavour], [Pictures, NudeImage], [Child, Minor, YoungChild], [Reflexive, NudeImage]], span: 30, unless: [InfoFrame], acrossSentences: true),

        // Thirty-third round. Blows aimed where clothes hide the marks: "never my face, only where clothes cover it". The
        // "nooit" belongs to the face, so it does not cancel the rule.
        Crisis(DomesticViolence, "hurt-where-it-does-not-show", [[HiddenMarks], [Partner, ThirdPerson, Hit, HitPassive]], span: 24, unless: [InfoFrame, Fiction, Play], negatable: false, acrossSentences: true),
        // Something demanded "je snapt wel wat ik bedoel" with a price on saying no: "als ik nee zeg krijg ik geen werk meer".
        Possible(SexualViolence, "unsaid-demand-with-a-price", [[Innuendo], [Defiance]], span: 40, unless: [InfoFrame, Fiction, Joke], negatable: false, acrossSentences: true),
        // Someone's routine known, or a person found to do it, beside a harm: "ik weet wanneer hij alleen thuis is en ik
        // heb iemand die het wil doen", "ken zijn ritme" after "hoe je iemand stil uitschakelt".
        Crisis(HarmToOthers, "target-watched-and-harm", [[TargetKnown, HiredHand], [HarmGeneric, Kill, Weapon]], span: 40, unless: [InfoFrame, Fiction, Play, Joke, Hunting], acrossSentences: true),
        // Others better off with the life insurance than with the writer: a wish to be gone, however it is played down.
        Possible(Suicide, "worth-more-insured", [[LifeInsurance], [RatherThanMe]], span: 20, unless: [InfoFrame, Fiction]),

        // Thirty-sixth round. A decision announced beside the writer's own death and things arranged for after it: "mijn
        // besluit staat vast", "zodat mijn zoon na mijn heengaan niets hoeft uit te zoeken". Asked, not certain: a funeral
        // wish reads the same.
        Possible(Suicide, "decided-and-after-my-death", [[DecisionMade], [GoneByThen, Farewell, NoMoreWorry, WithoutMe]], span: 40, unless: Frames, negatable: false, acrossSentences: true),
        // Thirty-fifth round. Someone else announced to kill, told by the one who knows: "mijn vriend wil zijn
        // stiefvader vermoorden", "mijn zoon zegt dat hij zijn leraar gaat neersteken". Only the verbs of a deed to
        // do: "vermoord" (a news item) and the idioms ("kan hem wel vermoorden") do not count.
        Crisis(HarmToOthers, "someone-means-to-kill", [Anyone, [Desire, Intent, Plan, WillDo, Tell], [MurderVerb]], span: 12, subjectFirst: true, unless: [InfoFrame, Fiction, Play, Joke, ParentFindsOut, Hunting, Animal, Past]),

        // Pictures held over the writer for money ("stuurt ze aan mijn kinderen als ik niet nog eens 3000 euro overmaak"):
        // the "niet" belongs to the condition, so it does not cancel the rule.
        Crisis(SexualViolence, "pictures-held-over-me", [[Blackmail, PayCondition], [Pictures, NudeImage]], span: 30, unless: [InfoFrame, Story, Custody], negatable: false, acrossSentences: true),

        // Thirty-first round. A belief of flying beside a height: "staat op het balkon van de zesde en zegt dat ze samen kunnen vliegen".
        Crisis(MentalCrisis, "flying-from-a-height", [[FlyBelief], [Height, StandAt, Roof]], span: 24, unless: [InfoFrame, Fiction, Play, Joke], acrossSentences: true),
        // Brakes or a car of someone close tampered with, or the way to do it looked up: harm planned, however it is played down.
        Crisis(HarmToOthers, "brakes-tampered", [[Sabotage], [Partner, Relative, Neighbour, Parent]], span: 20, unless: [InfoFrame, Fiction, Joke, Repair], acrossSentences: true),
        // Touched "op plekken waar dat niet mag": the "niet" belongs to the places, so it does not cancel the rule.
        Crisis(SexualViolence, "touched-where-not-allowed", [[TouchBody, HandWord], [ForbiddenPlaces]], span: 8, unless: [InfoFrame, Fiction, SelfTouch], negatable: false),
        // A toddler not found, whatever lies around it: "onze jongste van 2 al een kwartier weg is en ze vindt hem niet". The
        // child comes first: "de vader is weg" or "wil me niet meer in huis" beside a baby is someone else gone.
        Crisis(MissingChild, "young-child-not-found", [[YoungChild], [Missing]], span: 10, unless: [Found, ObjectLost, Past, GoneTo, InfoFrame, Fiction, Play], subjectFirst: true),

        // Thirtieth round. A debt or favour owed, paid off with "work" for men: "he says I owe him and have to 'work' for his friends".
        Crisis(SexualViolence, "owed-and-made-to-work-for-men", [[OwedFavour, PaidOff, Debt], [SexWork], [MenAround, Force, NotFree]], span: 40, unless: [InfoFrame, Fiction], acrossSentences: true),
        // "als ik om meer vraag gooit hij met dingen, vorige week een stoel tegen mijn rug, ik heb nog steeds pijn".
        Crisis(DomesticViolence, "thrown-at-me-and-hurt", [[Partner, Parent, Relative, Other, ThirdPerson], [ThrowVerb], [AtMe], [Pain, Wound]], span: 40, unless: [YoungChild, Play, Joke, Fiction, Peers, InfoFrame, Accident], acrossSentences: true),
        // A firearm "van vroeger" and a thought of taking it to the agency, "dan weten ze hoe het voelt".
        Crisis(HarmToOthers, "weapon-and-revenge", [[Weapon], [Revenge]], span: 40, unless: [InfoFrame, Fiction, Play, Hunting, Cooking, Joke], acrossSentences: true),
        Crisis(SexualViolence, "went-on-while-asleep", [[WentOn, Sex, SexualAbuse], [Asleep]], span: 12, unless: [InfoFrame, Fiction, Joke, YoungChild], acrossSentences: true),

        // Medical emergencies: breathing, consciousness, stroke, heart, bleeding, an overdose, drugs gone wrong.
        Crisis(Medical, "medical-emergency", [[MedicalEmergency]], unless: [InfoFrame, Fiction, Joke, Past, Recovered]),
        // Not cancelled by a fever the child "has had" (English "had a" reads as past): spots that do not fade are now.
        Crisis(Medical, "spots-not-fading", [[NonBlanching]], unless: [InfoFrame, Fiction, LongOver, Recovered], negatable: false),
        Crisis(Medical, "sick-child-danger-signs", [[Child, YoungChild], [DangerSign], [DangerSign]], span: 30, unless: [InfoFrame, Fiction, Past, Recovered], acrossSentences: true),
        Crisis(Medical, "sick-child-danger-sign", [[Child, YoungChild], [Fever], [DangerSign]], span: 30, unless: [InfoFrame, Fiction, Past, Recovered], acrossSentences: true),
        Crisis(Medical, "unresponsive", [[Unresponsive]], unless: [Messages, Routine, InfoFrame, Fiction, Joke, NoReplyFrom]),
        Crisis(Medical, "swallowed-a-poison", [[Poison], [Intake, InMouth]], span: 14, unless: [InfoFrame, Fiction, Past, Recovered], acrossSentences: true),
        // "heeft net een vaatwascapsule in zijn mond gehad, hij hoest en kwijlt": the signs say it is now, whatever "gehad" says.
        Crisis(Medical, "poison-and-signs", [[Poison], [Intake, InMouth], [Symptom, DangerSign]], span: 24, unless: [InfoFrame, Fiction, Recovered, EarlierPeriod, LongOver], negatable: false, acrossSentences: true),
        Crisis(Medical, "overdose-taken", [[Intake], [Means, Drug], [Quantity, Symptom, Despair]], span: 12, unless: [Permission, InfoFrame, Fiction]),
        // Symptoms are told as what does not happen ("wordt niet wakker", "won't wake up"): a negation does not cancel them.
        Crisis(Medical, "drugs-gone-wrong", [[Drug], [Symptom], [Intake, Immediacy]], span: 14, unless: [InfoFrame, Fiction, Permission], negatable: false),

        // Acute physical danger: fire, gas, carbon monoxide; a child missing, near water.
        // A child's drawing of the flat on fire is a drawing.
        Crisis(FireOrGas, "fire", [[Fire]], unless: [InfoFrame, Fiction, Joke, Past, EarlierPeriod, Cooking, FireOver, FireFear, Draws]),
        Crisis(FireOrGas, "gas-smell", [[GasSmell]], unless: [InfoFrame, Fiction, FireOver]),
        Crisis(FireOrGas, "gas-smelled", [[GasWord], [SmellWord]], span: 7, unless: [InfoFrame, Fiction, FireOver]),
        Crisis(FireOrGas, "gas-left-open", [[GasOpen]], unless: [InfoFrame, Fiction, Past]),
        Crisis(FireOrGas, "gas-tap-opened", [[GasTap], [OpenedUp]], span: 8, unless: [InfoFrame, Fiction, Past, Cooking]),
        Crisis(FireOrGas, "carbon-monoxide", [[CarbonMonoxide]], unless: [InfoFrame, Fiction, BuyDetector]),
        // Symptoms a sentence or two after the heater: "het raam kan niet open" between them negates nothing.
        Crisis(FireOrGas, "burning-indoors-for-warmth", [[Heater], [ForWarmth, Indoors], [ForWarmth, CoSymptom]], span: 30, unless: [InfoFrame, Fiction, Past], negatable: false, acrossSentences: true),
        Crisis(FireOrGas, "heater-symptoms", [[Heater], [CoSymptom]], span: 26, unless: [InfoFrame, Fiction], acrossSentences: true),
        Crisis(MissingChild, "child-missing", [[Child], [Missing]], span: 4, unless: [Found, ObjectLost, InfoFrame, Fiction, Play]),
        Crisis(MissingChild, "child-alone-at-water", [[Child, YoungChild], [Unattended], [Water]], span: 24, unless: [InfoFrame, Fiction, Play, Swimming, GoneTo], acrossSentences: true),
        // A child who did not arrive where expected: with water near, the dark coming or nights passing it is 112.
        Crisis(MissingChild, "child-not-arrived-and-danger", [[Child, YoungChild], [NotArrived, Missing], [Water, Dark]], span: 40, unless: [Found, InfoFrame, Fiction, Play, PartnerLeft, Truancy], acrossSentences: true),
        Possible(MissingChild, "child-not-arrived", [[Child, YoungChild], [NotArrived]], span: 24, unless: [Found, InfoFrame, Fiction, Play, GoneTo, Truancy, Paperwork], acrossSentences: true),
        Possible(MissingChild, "someone-gone-and-unreachable", [[Parent, Partner, Relative, Neighbour, Child, ThirdPerson], [NotArrived, Missing, Gone], [NoAnswer]], span: 40, unless: [Found, GoneTo, InfoFrame, Fiction], acrossSentences: true),
        Possible(MissingChild, "confused-elder-gone", [[Dementia, Confused], [Missing, NotArrived, Gone], [Cold, Dark, Water]], span: 40, unless: [Found, InfoFrame, Fiction], acrossSentences: true),
        // A jealous young child's "ik gooi je in de sloot" said to the baby is words, not a child in the water.
        Crisis(MissingChild, "child-in-water", [[Child], [FellIn]], span: 10, unless: [InfoFrame, Fiction, Play, Swimming, Past, EarlierPeriod, SiblingJealousy]),
        Crisis(MissingChild, "child-gone-near-water", [[Child], [Gone], [Water]], span: 24, unless: [Found, InfoFrame, Fiction, Play, GoneTo], acrossSentences: true),
        Crisis(MissingChild, "out-of-sight-near-water", [[SeeVerb], [NoLonger], [Water]], span: 14, unless: [Found, ObjectLost, SeeNoWay, Idiom, Despair, InfoFrame, Fiction, Past, Duration, GoneTo]),
        Crisis(MissingChild, "missing-near-water", [[Missing], [Water], [Child, Missing]], span: 24, unless: [Found, ObjectLost, InfoFrame, Fiction], acrossSentences: true),

        // An acute mental crisis.
        Crisis(MentalCrisis, "voices", [[Voices]], unless: [InfoFrame, Fiction, Joke]),
        Crisis(MentalCrisis, "voices-tell", [[VoiceWord], [Tell]], span: 4, unless: [Vote, InfoFrame, Fiction, Joke, YoungChild]),
        Crisis(MentalCrisis, "psychosis", [[Psychosis]], unless: [InfoFrame, Fiction, Joke, Past, ThankGod]),
        Crisis(MentalCrisis, "paranoia-with-harm", [[Paranoia], [Kill, HarmGeneric, Weapon, Hit]], span: 20, unless: [Fiction, Joke]),
        Possible(MentalCrisis, "paranoia", [[Paranoia]], unless: [Fiction, Joke, InfoFrame]),
        Possible(Medical, "not-seen-for-days", [[NotSeen], [Neighbour, Relative, Parent], [Duration, NotSeen]], span: 24, unless: [Fiction, InfoFrame], acrossSentences: true),
        Possible(MentalCrisis, "confused-and-danger", [[Confused], [Immediacy, Weapon, Fire, Missing, Water]], span: 20, unless: [Fiction, InfoFrame]),
        // A carer at the end of their tether about a parent who can no longer live alone is a tangle, not a crisis.
        Possible(MentalCrisis, "confused-and-despair", [[Confused], [Despair]], span: 20, unless: [Dementia, Fiction, InfoFrame]),

        // Thirty-eighth round: danger told by what surrounds it.
        // An older or dependent person whose money a relative took over while she is kept short of food, company, a phone or her voice:
        // "her nephew 'manages' her money, her fridge is empty", "oma (86) … rekening leeg … mag niet meer alleen naar buiten".
        // Not cancelled by the info frame or fiction: their English forms ("allowed", "show") are what such a story holds.
        Crisis(DomesticViolence, "older-person-robbed-and-kept-under", [[Elder, VulnerableAdult, Dementia], [MoneyTaken], [KeptUnder, NotFree, LockIn, Threaten]], span: 60, unless: [Story], acrossSentences: true),
        // A letter left beside going to someone ("een brief voor als ik naar hem toe ga", a widow) or beside what another
        // needs for after ("de code van de kluis … hij weet nog niet dat hij vanaf morgen moet overnemen"): asked, since a
        // letter with instructions is also left for a babysitter or before an operation.
        Possible(Suicide, "letter-left-and-going-to-them", [[LetterNoun], [LeftOrWritten], [WithThem, JoinTheDead]], span: 30, unless: [Leaving, GoneTo, .. Frames], acrossSentences: true),
        Possible(Suicide, "letter-left-with-what-is-needed-after", [[LetterNoun], [LeftOrWritten], [Handover], [LastTime, Unaware, Finality, GoneByThen]], span: 60, unless: [Leaving, GoneTo, .. Frames], acrossSentences: true),
        // Marks a strangling leaves, and an injury kept from a doctor by the one who caused it.
        Crisis(DomesticViolence, "strangle-marks", [[StrangleMarks]], unless: [InfoFrame, Fiction, Play, Joke]),
        Crisis(DomesticViolence, "injured-and-kept-from-a-doctor", [[ForbidsDoctor], [Injury, Marks, StrangleMarks, Wound, Pain]], span: 40, unless: [InfoFrame, Fiction, Play, Joke], acrossSentences: true),
        // "thuis loop ik op eieren … hoe kan ik ergens anders gaan wonen zonder dat hij het weet": fear at home and a move kept secret.
        Possible(DomesticViolence, "afraid-at-home-and-leaving-in-secret", [[SecretLeave], [Eggshells, Fear, Marks, Thrown, AfraidToGoHome]], span: 40, unless: [InfoFrame, Fiction, Joke, Play], acrossSentences: true),
        // "dat er 'ongelukjes' gebeuren met lastige huurders, en vanochtend waren mijn autobanden doorgesneden".
        Crisis(Threat, "accidents-hinted-and-damage-done", [[AccidentsHappen], [PropertyDamage, Boss, Neighbour, Threaten]], span: 40, unless: [InfoFrame, Fiction, Joke, Play, YoungChild], acrossSentences: true),
        // Pain sought to feel anything: "alleen als ik mijn arm tegen het hete strijkijzer houd voel ik weer even iets".
        Crisis(SelfHarm, "hurt-to-feel-something", [[FeelSomething], [HotObject, Blade, Wound, SelfHarmAct, Pain, CutWound]], span: 24, unless: [InfoFrame, Fiction, Joke], acrossSentences: true),
        // "heeft mij in de slaapkamer vastgepakt en gedaan wat hij wilde".
        Crisis(SexualViolence, "taken-hold-of-and-used", [[DidAsHeWanted], [Grabbed, HeldDown]], span: 20, unless: [InfoFrame, Fiction, Joke, Play]),

        // Thirty-ninth round. Someone who slipped out or has been gone a while, with water near: "Daan is door de achterdeur
        // geglipt en hij is gek op water", "de kleine is al een tijdje niet meer bij de picknicktafel … langs de waterkant".
        Crisis(MissingChild, "slipped-away-near-water", [[Missing], [ThirdPerson, Child, YoungChild], [Water]], span: 30, unless: [Found, ObjectLost, GoneTo, PartnerLeft, Animal, Swimming, InfoFrame, Fiction, Play, Past], acrossSentences: true),
        // Fortieth round. A hand held to the hot oven on purpose; clothes or glasses worn "zodat niemand het ziet" (asked,
        // since a coltrui is also just a coltrui).
        Crisis(SelfHarm, "hot-thing-held-on-purpose", [[HotObject], [BodyPart], [OnPurpose]], span: 14, unless: [Accident, Cooking, InfoFrame, Fiction, Joke]),
        Possible(DomesticViolence, "covered-up-so-nobody-sees", [[CoverUp], [NobodySees]], span: 20, unless: [InfoFrame, Fiction, Joke, Play], acrossSentences: true),
        // Not negatable: the condition holds the negation ("als ik vrijdag nie betaal").
        Crisis(Threat, "visit-if-unpaid", [[VisitThreat]], unless: [InfoFrame, Fiction, Joke, Play], negatable: false),
        // A fit now: not cancelled by the "gehad" of what came before it ("te veel g gehad … ligt te schokken").
        Crisis(Medical, "seizing-now", [[SeizingNow]], unless: [InfoFrame, Fiction, Recovered, Play], negatable: false),
        // Urine like cola after 300 squats: not cancelled by the "haha" or the "vast spierpijn" that usually comes with it.
        Crisis(Medical, "dark-urine", [[DarkUrine]], unless: [InfoFrame, Fiction, Past, Recovered], negatable: false),
    ];
}
