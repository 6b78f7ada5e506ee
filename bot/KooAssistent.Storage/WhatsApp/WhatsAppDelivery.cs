namespace KooAssistent.Storage.WhatsApp;

/// <summary>A WhatsApp conversation with activities not yet handed to Meta.</summary>
public sealed record WhatsAppDelivery(string ConversationId, string WaId, long DeliveredSequence, long LastSequence);
