namespace KooAssistent.Storage.BotConnector;

/// <summary>A Bot Connector conversation with activities not yet handed to the channel.</summary>
public sealed record ConnectorDelivery(ConnectorReference Reference, long DeliveredSequence, long LastSequence);
