using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Replies;
using KooAssistent.Storage.BotConnector;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>The Teams post from the shipped Dutch catalogue: by urgency, the shared queue named in words, a link that opens the ticket.</summary>
public sealed class TeamsNotificationMapperTests
{
    private static readonly ReplyCatalogue Replies = LoadReplies();

    [Theory]
    [InlineData(HandoffUrgency.Normal, "Er wacht een nieuw gesprek voor Buurtteam West. Nummer: K4M-9QXT.")]
    [InlineData(HandoffUrgency.High, "Er wacht een nieuw urgent gesprek voor Buurtteam West. Nummer: K4M-9QXT.")]
    [InlineData(HandoffUrgency.Crisis, "Er wacht een nieuw crisisgesprek voor Buurtteam West. Kijk er meteen naar. Nummer: K4M-9QXT.")]
    public void The_post_says_how_urgent_the_ticket_is_and_links_to_it(HandoffUrgency urgency, string expected)
    {
        var post = TeamsNotificationMapper.Map(new TeamsNotice("t-1", "Buurtteam West", "K4M9QXT", urgency, true), "19:west@thread.tacv2", Replies, new Uri("https://koo.example.nl"));

        Assert.Equal($"{expected}\nOpen het in de console: https://koo.example.nl/staff/index.html?ticket=K4M9QXT", post.Text);
        Assert.Equal(("message", "19:west@thread.tacv2", "nl-NL"), (post.Type, post.Conversation!.Id, post.Locale));
        Assert.Null(post.From);
        Assert.Null(post.Recipient);
    }

    [Fact]
    public void A_ticket_of_the_shared_queue_says_so_in_words_and_a_console_under_a_path_keeps_it()
    {
        var post = TeamsNotificationMapper.Map(new TeamsNotice("t-1", "onbekend", "K4M9QXT", HandoffUrgency.Normal, true), "19:alle@thread.tacv2", Replies, new Uri("https://intern.example.nl/koo"));

        Assert.StartsWith("Er wacht een nieuw gesprek voor de gedeelde wachtrij.", post.Text, StringComparison.Ordinal);
        Assert.EndsWith("https://intern.example.nl/koo/staff/index.html?ticket=K4M9QXT", post.Text, StringComparison.Ordinal);
    }

    private static ReplyCatalogue LoadReplies()
    {
        var folder = KnowledgeFolder.Locate(null, AppContext.BaseDirectory);
        return ReplyCatalogue.Load(folder, OrganisationDirectory.Load(folder));
    }
}
