namespace KooAssistent.Bot.Channels.DirectLine;

public sealed record IssuedToken(string Token, int ExpiresInSeconds);
