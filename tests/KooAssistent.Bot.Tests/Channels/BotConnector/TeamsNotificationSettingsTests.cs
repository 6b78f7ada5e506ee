using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary><c>BotConnector:TeamsNotifications</c> that could not reach a team stops the start, naming the key.</summary>
public sealed class TeamsNotificationSettingsTests
{
    public static TheoryData<string, string> Refusals => new()
    {
        { "unknown team", "BotConnector:TeamsNotifications:noordoost: there is no Buurtteam 'noordoost'" },
        { "the same team twice", "both name Buurtteam Noord; keep one." },
        { "plain http", "BotConnector:TeamsNotifications:noord:ServiceUrl must be the https address" },
        { "no conversation id", "BotConnector:TeamsNotifications:noord:ConversationId must be the channel's conversation id" },
        { "no console address", "BotConnector:TeamsNotifications needs Staff:PublicBaseUrl" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Settings_that_cannot_reach_a_team_stop_the_start(string kind, string expected)
    {
        var settings = Settings();
        switch (kind)
        {
            case "unknown team":
                settings["BotConnector:TeamsNotifications:noordoost:ServiceUrl"] = "https://smba.trafficmanager.net/emea/";
                settings["BotConnector:TeamsNotifications:noordoost:ConversationId"] = "19:x@thread.tacv2";
                break;
            case "the same team twice":
                settings["BotConnector:TeamsNotifications:Buurtteam Noord:ServiceUrl"] = "https://smba.trafficmanager.net/emea/";
                settings["BotConnector:TeamsNotifications:Buurtteam Noord:ConversationId"] = "19:y@thread.tacv2";
                break;
            case "plain http":
                settings["BotConnector:TeamsNotifications:noord:ServiceUrl"] = "http://smba.trafficmanager.net/emea/";
                break;
            case "no conversation id":
                settings["BotConnector:TeamsNotifications:noord:ConversationId"] = " ";
                break;
            case "no console address":
                settings["Staff:PublicBaseUrl"] = null;
                break;
        }

        using var bot = new BotFactory(settings);
        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.True(error.ToString().Contains(expected, StringComparison.Ordinal), error.ToString());
    }

    [Fact]
    public async Task Channels_for_a_teams_id_and_for_the_shared_queue_start_and_are_named_in_the_log()
    {
        var settings = Settings();
        settings["BotConnector:TeamsNotifications:onbekend:ServiceUrl"] = "https://smba.trafficmanager.net/emea/";
        settings["BotConnector:TeamsNotifications:onbekend:ConversationId"] = "19:alle@thread.tacv2";
        var logs = new CapturedLogs();
        using var bot = new BotFactory(settings, logs: logs);

        using var client = bot.CreateClient();

        await Polling.WaitUntilAsync(
            () => logs.Lines.Any(line => line.Contains("new tickets are announced in the Teams channel of Buurtteam Noord, onbekend", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(15));
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["BotConnector:MicrosoftAppId"] = FakeBotConnector.AppId,
        ["BotConnector:MicrosoftAppPassword"] = FakeBotConnector.AppPassword,
        ["BotConnector:MicrosoftAppTenantId"] = FakeBotConnector.TenantId,
        ["BotConnector:TeamsNotifications:noord:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["BotConnector:TeamsNotifications:noord:ConversationId"] = "19:noord@thread.tacv2",
        ["Staff:PublicBaseUrl"] = "https://koo.example.nl",
    };
}
