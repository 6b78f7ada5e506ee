namespace KooAssistent.Bot.Widget;

public sealed class WidgetOptions
{
    public const string SectionName = "Widget";

    /// <summary>
    /// The prebuilt Web Chat bundle (<c>webchat.js</c>). Empty means the copy a build or publish put beside the
    /// program, or the npm install in <c>ClientApp/</c>.
    /// </summary>
    public string? WebChatBundlePath { get; set; }
}
