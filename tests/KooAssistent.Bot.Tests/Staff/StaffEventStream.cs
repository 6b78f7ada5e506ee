using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>A console's live event stream (<c>GET /staff/api/events</c>), read line by line as EventSource does.</summary>
internal sealed class StaffEventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public static async Task<StaffEventStream> OpenAsync(BotFactory bot, string username, CancellationToken cancellationToken)
    {
        var console = await StaffConsole.SignInAsync(bot, username);
        var response = await console.Http.GetAsync(new Uri("/staff/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        Assert.Equal(": connected", await reader.ReadLineAsync(cancellationToken));
        return new StaffEventStream(response, reader);
    }

    /// <summary>The events up to and including the <paramref name="occurrence"/>-th <paramref name="last"/>, keep-alives left out.</summary>
    public async Task<List<string>> ReadUntilAsync(string last, CancellationToken cancellationToken, int occurrence = 1)
    {
        var events = new List<string>();
        while (events.Count(seen => seen == last) < occurrence && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add(line["data: ".Length..]);
            }
        }

        return events;
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
