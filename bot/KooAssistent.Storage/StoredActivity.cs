using KooAssistent.Conversation.Activities;

namespace KooAssistent.Storage;

/// <summary>An activity as recorded: its <see cref="Sequence"/> orders the conversation and is the watermark clients resume from.</summary>
public sealed record StoredActivity(long Sequence, Activity Activity);
