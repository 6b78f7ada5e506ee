using KooAssistent.Storage;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Cli.Tests;

/// <summary>
/// Two WhatsApp residents whose conversations, named by the bot's keyed ids, each left an answered turn, a 👎 and a
/// redacted gap question, and were then deleted by the retention run: only their insight rows are left.
/// </summary>
internal static class SweptWhatsAppResidents
{
    public const string PhoneNumberId = "106540352242922";
    public const string Resident = "31612345678";
    public const string Neighbour = "31687654321";

    public static async Task WriteAsync(IConversationStore conversations, IInsightStore insights, byte[] key)
    {
        var now = TimeProvider.System.GetUtcNow();
        foreach (var waId in new[] { Resident, Neighbour })
        {
            var id = WhatsAppKeyedIds.ConversationId(key, PhoneNumberId, waId);
            await conversations.CreateConversationAsync(new NewConversation(id, WhatsAppConversations.Channel, waId, "nl-NL"), CancellationToken.None);
            await insights.RecordAsync(
                new InsightRecord(
                    new InsightTurn(id, WhatsAppConversations.Channel, now, "Answer", "geld", "geld-kwijtschelding"),
                    new InsightFeedback(id, "geld-kwijtschelding", Helped: false, now),
                    new InsightGap(id, now, GapKinds.NotHelped, "Answer", "nl", "mijn nummer is [telefoonnummer]", "nummer", "geld", "geld-kwijtschelding")),
                CancellationToken.None);
        }

        await conversations.DeleteConversationsInactiveSinceAsync(now.AddDays(1), CancellationToken.None);
    }

    /// <summary>The conversation ids the insight rows still name, in order.</summary>
    public static async Task<IReadOnlyList<string>> LeftAsync(IInsightStore insights)
    {
        var now = TimeProvider.System.GetUtcNow();
        var data = await insights.ReadAsync(now.AddDays(-1), now.AddDays(1), CancellationToken.None);
        return [.. data.Turns.Select(turn => turn.ConversationId).Concat(data.Feedback.Select(feedback => feedback.ConversationId)).Concat(data.Gaps.Select(gap => gap.ConversationId)).Distinct().Order(StringComparer.Ordinal)];
    }
}
