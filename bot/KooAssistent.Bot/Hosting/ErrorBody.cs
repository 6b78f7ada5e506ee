using KooAssistent.Bot.Channels.DirectLine;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// The project's one error shape, <c>{"error":{"code","message"}}</c>, as Direct Line and the staff API already answer,
/// for refusals that belong to neither: the host's own and the WhatsApp webhook's.
/// </summary>
public static class ErrorBody
{
    public static IResult Of(int status, string code, string message) => DirectLineErrors.Error(status, code, message);
}
