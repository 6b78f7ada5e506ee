namespace KooAssistent.Conversation.Understanding.Acts;

/// <summary>What a message does besides asking a question: ask for a person, only greet, thank, say the answer did not help, ask something a helpdesk declines, ask about a municipal topic outside social support, or ask to erase the conversation. <see cref="RulesOutPerson"/>: it names someone to talk to that is not a worker (a help line, a peer, company against loneliness).</summary>
public sealed record DialogueActs(bool AsksForPerson, bool IsVague, bool IsThanksOrGoodbye, bool SaysNotHelpful, bool IsUnsupportedRequest, string? OutOfScopeTopic, bool AsksForErasure = false, bool OpensWithGreeting = false, bool RulesOutPerson = false, bool ComplainsAboutAnswer = false, bool ComplaintIsRepeated = false);
