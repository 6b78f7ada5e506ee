using KooAssistent.Conversation.Understanding.Concepts;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// The concepts of danger in Dutch and English: people, acts, means, places, emergencies, and the context that changes
/// their meaning. Kept in code, not in the knowledge folder, so that editing content can never weaken the safety net.
/// </summary>
internal static partial class DangerLexicon
{
    public static readonly ConceptVocabulary Vocabulary = new([.. People(), .. Suicide(), .. Violence(), .. Abuse(), .. Exploitation(), .. Told(), .. Hinted(), .. Concealed(), .. Emergency(), .. Context()], [DangerConcepts.Idiom, DangerConcepts.DeathNoun, DangerConcepts.DeniedDanger, DangerConcepts.RatherDead]);
}
