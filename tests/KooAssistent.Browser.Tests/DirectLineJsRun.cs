namespace KooAssistent.Browser.Tests;

/// <summary>What DirectLineJS saw in one scripted conversation: the welcome, the echo of the post, and the reply.</summary>
internal sealed record DirectLineJsRun(
    string User,
    string Welcome,
    string PostedId,
    string? EchoId,
    string? EchoText,
    string? EchoFrom,
    string Reply,
    IReadOnlyList<int> Statuses);
