using KooAssistent.Bot.Tests.Turns;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>The conversation-flow scenarios, unchanged, through <c>/api/messages</c> and the Connector API.</summary>
public sealed class BotConnectorConversationFlowTests : ConversationFlowTests
{
    protected override ConversationFlow Start(Action<IServiceCollection>? configureServices = null) => ConversationFlow.StartThroughBotConnector(configureServices);
}
