using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff.Oidc;

/// <summary>One loopback provider and one bot that trusts it, shared by a test class (each test uses its own people).</summary>
public sealed class OidcConsoleFixture : IAsyncLifetime
{
    public const string MedewerkersGroup = "koo-medewerkers";
    public const string CoordinatorsGroup = "koo-coordinatoren";
    public const string BeheerdersGroup = "koo-beheer";
    public const string NoordGroup = "buurtteam-noord";
    public const string WestGroup = "Buurtteam-West-groep";

    public LoopbackOidcProvider Provider { get; private set; } = null!;

    public BotFactory Bot { get; private set; } = null!;

    public static Dictionary<string, string?> Settings(LoopbackOidcProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new Dictionary<string, string?>
        {
            ["Staff:Oidc:Authority"] = provider.Issuer,
            ["Staff:Oidc:ClientId"] = LoopbackOidcProvider.ClientId,
            ["Staff:Oidc:ClientSecret"] = LoopbackOidcProvider.ClientSecret,
            ["Staff:Oidc:Roles:0:Group"] = BeheerdersGroup,
            ["Staff:Oidc:Roles:0:Role"] = "beheerder",
            ["Staff:Oidc:Roles:1:Group"] = CoordinatorsGroup,
            ["Staff:Oidc:Roles:1:Role"] = "coordinator",
            ["Staff:Oidc:Roles:2:Group"] = MedewerkersGroup,
            ["Staff:Oidc:Roles:2:Role"] = "medewerker",
            ["Staff:Oidc:Teams:0:Group"] = NoordGroup,
            ["Staff:Oidc:Teams:0:Team"] = "noord",
            ["Staff:Oidc:Teams:1:Group"] = WestGroup,
            ["Staff:Oidc:Teams:1:Team"] = "Buurtteam West",
        };
    }

    public async Task InitializeAsync()
    {
        Provider = await LoopbackOidcProvider.StartAsync();
        Bot = new BotFactory(Settings(Provider));
        Bot.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
