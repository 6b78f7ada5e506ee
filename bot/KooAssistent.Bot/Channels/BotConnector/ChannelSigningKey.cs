using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// One key from the Bot Connector's JWKS, with the channels it is endorsed for (the extra <c>endorsements</c> array
/// Bot Framework adds to each key): a token signed with it is only good for an activity from one of those channels.
/// </summary>
public sealed record ChannelSigningKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);
