namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>Hands the caller that <see cref="DirectLineAuthorizationFilter"/> verified to the endpoint handlers.</summary>
internal static class DirectLineCallerAccessor
{
    private static readonly object Key = new();

    public static void SetDirectLineCaller(this HttpContext context, DirectLineCaller caller) => context.Items[Key] = caller;

    public static DirectLineCaller GetDirectLineCaller(this HttpContext context) =>
        context.Items[Key] as DirectLineCaller
        ?? throw new InvalidOperationException("The Direct Line authorization filter did not run for this endpoint.");
}
