using System.Text;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Privacy;

/// <summary>
/// An erasure erases the bytes too: no piece of what the resident wrote is left in the database file or its
/// write-ahead log, and those files are readable by the bot's own user only.
/// </summary>
public sealed class ErasureLeavesNoTraceTests : IDisposable
{
    // Words that occur nowhere else, so any eight bytes of them found in a file are a leftover of the erased text.
    private const string Secret = "Qzxvwlpk Hjrtmmqb 7731 Vughterzwijg Brakkeplomp";

    private static readonly string[] Files = ["koo.db", "koo.db-wal"];

    private readonly BotFactory bot = new();
    private readonly DirectLineTestClient resident;

    public ErasureLeavesNoTraceTests() => resident = bot.CreateDirectLineClient();

    [Theory]
    [InlineData("resident")]
    [InlineData("worker")]
    public async Task After_an_erasure_no_eight_bytes_of_the_erased_text_are_left_in_the_database_or_its_WAL(string erasedBy)
    {
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { $"kan ik iemand spreken over {Secret}", "Ja, graag", "Sla over", "Hier in de chat", "Sla over", "Nee, kan later" })
        {
            await SayAsync(session, text);
        }

        // Enough messages to fill and split several database pages, as a real conversation does.
        for (var message = 0; message < 12; message++)
        {
            await SayAsync(session, $"{message}: {Secret} {Secret}");
        }

        Assert.NotEmpty(Leftovers());
        if (erasedBy == "resident")
        {
            await SayAsync(session, "wis mijn gesprek");
            await SayAsync(session, "Ja, wis alles");
        }
        else
        {
            await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
            var anna = await StaffConsole.SignInAsync(bot, "anna");
            var ticket = (string)(await anna.TicketsAsync())[0]!["id"]!;
            (await anna.PostAsync($"/staff/api/tickets/{ticket}/claim")).Dispose();
            (await anna.PostAsync($"/staff/api/tickets/{ticket}/erase")).Dispose();
        }

        // The log is truncated right after the erasure's commit; the turn may be seen as done a moment before.
        await Polling.WaitUntilAsync(() => Leftovers().Count == 0, TimeSpan.FromSeconds(10));

        Assert.Empty(Leftovers());
    }

    [Fact]
    public async Task The_database_its_WAL_and_its_shared_memory_are_readable_by_the_owner_only_also_when_they_were_not_before()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var data = new TemporaryDirectory();
        var database = Path.Combine(data.Path, "koo.db");
        var everyone = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        using (File.Create(database, 0, FileOptions.None))
        {
        }

        File.SetUnixFileMode(database, everyone);
        using var restarted = new BotFactory(dataDirectory: data);
        var client = restarted.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SendTextAsync(session, "hoe vraag ik kwijtschelding aan");
        await restarted.WaitForTurnsAsync(session.ConversationId);

        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    public void Dispose() => bot.Dispose();

    /// <summary>Every file and offset where eight bytes in a row of the secret were found.</summary>
    private List<string> Leftovers()
    {
        var secret = Encoding.UTF8.GetBytes(Secret);
        var found = new List<string>();
        foreach (var name in Files)
        {
            var path = Path.Combine(bot.DataDirectory, name);
            if (!File.Exists(path))
            {
                continue;
            }

            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }

            for (var start = 0; start + 8 <= secret.Length; start++)
            {
                var at = bytes.AsSpan().IndexOf(secret.AsSpan(start, 8));
                if (at >= 0)
                {
                    found.Add($"{name}@{at}: {Encoding.UTF8.GetString(secret, start, 8)}");
                }
            }
        }

        return found;
    }

    private async Task SayAsync(DirectLineSession session, string text)
    {
        await resident.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
    }
}
