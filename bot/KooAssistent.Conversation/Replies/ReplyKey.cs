namespace KooAssistent.Conversation.Replies;

/// <summary>
/// Every fixed sentence the bot can say. The text lives in <c>knowledge/replies/{language}.yaml</c> under the
/// snake_case form of the name (<see cref="Welcome"/> is <c>welcome</c>, <see cref="NoGoodAnswer"/> is
/// <c>no_good_answer</c>); every language file has every key.
/// </summary>
public enum ReplyKey
{
    /// <summary>First message: says the bot is a computer program (EU AI Act art. 50), what it helps with, the privacy rule.</summary>
    Welcome,

    /// <summary>Nothing in the knowledge fits: honest, with Koo's contact details instead of a guess.</summary>
    NoGoodAnswer,

    /// <summary>The resident sent a file; files are not accepted and were not kept.</summary>
    AttachmentsNotSupported,

    /// <summary>Something broke while handling the message; the resident is not left in silence.</summary>
    TurnFailed,

    /// <summary>A vague first message: which theme is it about? (theme buttons follow)</summary>
    ClarifyTheme,

    /// <summary>A theme was chosen but no question yet: which subject? (subject buttons follow)</summary>
    ClarifyWithinTheme,

    /// <summary>Two or three articles fit about equally: which one is meant? (their titles as buttons)</summary>
    ClarifyCandidates,

    /// <summary>Still vague after asking once: offer a person rather than ask again.</summary>
    ClarifyOfferPerson,

    /// <summary>The resident said an answer did not help (the first time): ask to say it differently.</summary>
    NotHelpful,

    /// <summary>Several problems at once under pressure: the Buurtteam looks at the whole.</summary>
    HandoffComplex,

    /// <summary>The resident asked for a person.</summary>
    HandoffRequested,

    /// <summary>Answers did not help twice: a person takes over.</summary>
    HandoffNotHelped,

    /// <summary>Suicidal thoughts or self-harm: 113 and 112, first and at once.</summary>
    CrisisSuicide,

    /// <summary>Violence or threats at home: 112 and Veilig Thuis.</summary>
    CrisisViolence,

    /// <summary>A child being hurt: 112 and Veilig Thuis.</summary>
    CrisisChildHarmed,

    /// <summary>Sexual violence: Centrum Seksueel Geweld and 112.</summary>
    CrisisSexualViolence,

    /// <summary>Overdose, acute medical danger, someone in immediate danger: 112.</summary>
    CrisisMedical,

    /// <summary>Fire, gas or a missing child when it is not known which: 112 first, and get out or search.</summary>
    CrisisEmergency,

    /// <summary>Fire, smoke, a gas smell, carbon monoxide: everyone out, then 112 from outside.</summary>
    CrisisFireOrGas,

    /// <summary>A child missing: 112 now, and search near water first.</summary>
    CrisisMissingChild,

    /// <summary>Psychosis, voices telling someone to harm: 112 when there is danger, else the GP today.</summary>
    CrisisMentalHealth,

    /// <summary>The writer fears hurting someone, their own child included: make the other safe, 112, Veilig Thuis.</summary>
    CrisisHarmToOthers,

    /// <summary>Danger is possible but not certain: "Ben je nu in gevaar?" with 112 in the same message (yes/no buttons follow).</summary>
    DangerQuestion,

    /// <summary>The resident said they are not in danger now: good, and 112 if that changes.</summary>
    DangerNotNow,

    /// <summary>The help line for thoughts of suicide, in one line: with a danger question, or shown once after "no".</summary>
    HelpLineSuicide,

    /// <summary>The help line for violence at home or a child at risk, in one line.</summary>
    HelpLineViolence,

    /// <summary>Where to go with worries about someone's mind when there is no direct danger, in one line.</summary>
    HelpLineMentalHealth,

    /// <summary>Added when the writer seems to be a child: De Kindertelefoon.</summary>
    CrisisForChildren,

    /// <summary>After a crisis, every later answer ends with where help is.</summary>
    CrisisReminder,

    /// <summary>Not social support: where to go instead (the gemeente, Koo).</summary>
    OutOfScope,

    /// <summary>Asked to do something the bot does not do (a poem, to drop its rules): declined politely.</summary>
    DeclineRequest,

    /// <summary>A language the bot does not speak: in simple Dutch and English, a person can help.</summary>
    OtherLanguage,

    /// <summary>The resident typed a BSN or bank account number: the bot does not need it.</summary>
    PersonalNumberNotNeeded,

    /// <summary>Thanks or goodbye.</summary>
    Thanks,

    /// <summary>Said before an article that exists only in the other language.</summary>
    AnswerInOtherLanguage,

    /// <summary>Button: talk to a person (at most 20 characters, WhatsApp's limit).</summary>
    /// <summary>Asks whether the conversation may go to the Buurtteam, saying what is shared with whom.</summary>
    HandoffConsent,

    /// <summary>The resident said no: nothing is passed on; Koo's number instead.</summary>
    HandoffDeclined,

    /// <summary>Asks the postcode or wijk, to choose the Buurtteam; it may be skipped.</summary>
    HandoffAskPostcode,

    /// <summary>Asks how the resident wants to be reached: in this chat, called back, or on WhatsApp.</summary>
    HandoffAskContact,

    /// <summary>Asks the phone number for a call back or WhatsApp; it may be skipped.</summary>
    HandoffAskPhone,

    /// <summary>Asks the first name the worker may use; it may be skipped.</summary>
    HandoffAskName,

    /// <summary>Asks whether it is urgent (help needed today); it may be skipped.</summary>
    HandoffAskUrgent,

    /// <summary>The conversation has been passed on; what happens next, honestly.</summary>
    HandoffQueued,

    /// <summary>After a handoff within office hours: a worker comes soon.</summary>
    HandoffWithinHours,

    /// <summary>After a handoff outside office hours: when a worker will respond; {wanneer} is filled in by the host.</summary>
    HandoffOutsideHours,

    /// <summary>Passed on, and the resident chose "Bel mij terug" with a number: a worker calls that number, whose last two digits fill {telefoon}.</summary>
    HandoffQueuedCallBack,

    /// <summary>After a call-back request within office hours: a worker calls soon.</summary>
    HandoffWithinHoursCallBack,

    /// <summary>After a call-back request outside office hours: when a worker calls; {wanneer} is filled in by the host.</summary>
    HandoffOutsideHoursCallBack,

    /// <summary>A worker joined; {naam} and {team} are filled in by the host.</summary>
    HandoffWorkerJoined,

    /// <summary>The worker handed the conversation back to the bot.</summary>
    HandoffReturned,

    /// <summary>The resident asked to erase the conversation: what that removes, and a yes/no question.</summary>
    ErasureConfirm,

    /// <summary>The conversation was erased; only this message is left.</summary>
    Erased,

    /// <summary>The resident chose to keep the conversation after all.</summary>
    ErasureDeclined,

    ButtonConsentYes,
    ButtonConsentNo,
    ButtonEraseYes,
    ButtonEraseNo,
    ButtonSkip,
    ButtonContactChat,
    ButtonContactCall,
    ButtonContactWhatsApp,
    ButtonUrgentYes,
    ButtonUrgentNo,
    ButtonTalkToPerson,
    ButtonDangerYes,
    ButtonDangerNo,

    /// <summary>Button: the answer did not help.</summary>
    ButtonNotHelpful,

    /// <summary>Button: none of the offered choices.</summary>
    ButtonSomethingElse,

    /// <summary>After an answer: did it help? (thumbs up and down follow)</summary>
    FeedbackQuestion,

    /// <summary>The resident pressed thumbs up: glad, and room for another question.</summary>
    FeedbackThanks,

    /// <summary>Button: the answer helped (thumbs up).</summary>
    ButtonHelped,

    /// <summary>Button: the answer did not help (thumbs down); leads on to the "not helped" path.</summary>
    ButtonNotHelped,

    /// <summary>
    /// For the workers, in their team's Teams channel: a ticket waits, with its number and a link to the console
    /// ({team}, {nummer}, {link}); never anything the resident wrote or gave.
    /// </summary>
    TeamsTicketWaiting,

    /// <summary>As <see cref="TeamsTicketWaiting"/>, for a ticket the resident said was urgent.</summary>
    TeamsUrgentTicketWaiting,

    /// <summary>As <see cref="TeamsTicketWaiting"/>, for a crisis ticket.</summary>
    TeamsCrisisTicketWaiting,

    /// <summary>What {team} says for the queue every team shares (a resident who gave no wijk or postcode).</summary>
    TeamsSharedQueue,
}
