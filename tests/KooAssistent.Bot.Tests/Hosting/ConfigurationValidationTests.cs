using KooAssistent.Bot.Tests.Deployment;
using KooAssistent.Testing;
using Microsoft.Extensions.Configuration;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>A bad setting stops the bot at start with a message that names the key, not at a resident's first message.</summary>
public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("DirectLine:TokenSigningKey", "short", "DirectLine:TokenSigningKey")]
    [InlineData("DirectLine:TokenLifetime", "00:00:30", "TokenLifetime")]
    [InlineData("DirectLine:PublicBaseUrl", "ftp://bot", "DirectLine:PublicBaseUrl")]
    [InlineData("WebChat:AllowedOrigins:0", "https://www.s-hertogenbosch.nl/", "WebChat:AllowedOrigins")]
    [InlineData("Persistence:Provider", "Postgres", "Persistence:Provider")]
    [InlineData("Persistence:Provider", "Oracle", "Persistence:Provider")]
    [InlineData("Persistence:RetentionDays", "0", "RetentionDays")]
    [InlineData("Persistence:AuditRetentionDays", "7", "AuditRetentionDays")]
    [InlineData("Hosting:KnownNetworks:0", "10.0.0.0/33", "Hosting:KnownNetworks")]
    [InlineData("Hosting:KnownProxies:0", "10.0.0.256", "Hosting:KnownProxies")]
    [InlineData("Hosting:KnownProxies:0", "10.0.0.0/8", "Hosting:KnownProxies")]
    [InlineData("ReverseProxy:KnownNetworks:0", "10.0.0.0/8", "Hosting:KnownNetworks")]
    [InlineData("Staff:SessionAbsoluteMinutes", "0", "SessionAbsoluteMinutes")]
    [InlineData("Staff:SignInsPerMinutePerAddress", "0", "SignInsPerMinutePerAddress")]
    [InlineData("Staff:LocalAccounts:Enabled", "false", "Staff:LocalAccounts:Enabled")]
    [InlineData("Staff:Oidc:Authority", "http://login.example.nl", "Staff:Oidc:Authority")]
    [InlineData("Staff:Oidc:Authority", "https://login.example.nl", "Staff:Oidc:ClientId")]
    [InlineData("DirectLine:MaxConversationAge", "00:10:00", "MaxConversationAge")]
    [InlineData("WhatsApp:MaxMessageAgeDays", "0", "MaxMessageAgeDays")]
    [InlineData("WhatsApp:MaxMessageAgeDays", "31", "MaxMessageAgeDays")]
    [InlineData("WhatsApp:ConversationIdKey", "short", "WhatsApp:ConversationIdKey")]
    [InlineData("WhatsApp:AppSecret", "only-the-secret", "WhatsApp:PhoneNumberId")]
    [InlineData("WhatsApp:GraphApiBaseUrl", "http://graph.example.nl", "WhatsApp:GraphApiBaseUrl")]
    [InlineData("WhatsApp:ApiVersion", "25", "WhatsApp:ApiVersion")]
    [InlineData("WhatsApp:DispatchInterval", "00:00:00", "WhatsApp:DispatchInterval")]
    [InlineData("Staff:LockMinutes", "0", "Staff:LockMinutes")]
    [InlineData("Staff:EventStreamsPerAccount", "0", "Staff:EventStreamsPerAccount")]
    [InlineData("DirectLine:MaxStreams", "0", "DirectLine:MaxStreams")]
    [InlineData("WebChat:TokenRequestsPerMinute", "0", "WebChat:TokenRequestsPerMinute")]
    [InlineData("Handoff:OfficeHours:TimeZone", "Europe/Amsterdm", "Handoff:OfficeHours:TimeZone")]
    [InlineData("Handoff:OfficeHours:Opens", "18:00", "Handoff:OfficeHours:Opens")]
    [InlineData("Handoff:OfficeHours:Days:0", "8", "Handoff:OfficeHours:Days")]
    [InlineData("Handoff:AbandonAfterHours", "0", "Handoff:AbandonAfterHours")]
    [InlineData("Handoff:Teams:0:Postcodes:0", "5211AB", "Handoff:Teams:0")]
    [InlineData("Knowledge:Path", "/nowhere/knowledge", "Knowledge:Path")]
    [InlineData("Widget:WebChatBundlePath", "/nowhere/webchat.js", "Widget:WebChatBundlePath")]
    [InlineData("Llm:TimeoutSeconds", "0", "Llm:TimeoutSeconds")]
    [InlineData("Llm:TimeoutSeconds", "31", "Llm:TimeoutSeconds")]
    [InlineData("Llm:Enabled", "true", "Llm:Endpoint")]
    [InlineData("Llm:Enabled", "true", "Llm:Model")]
    public void An_invalid_setting_prevents_the_start_and_names_the_key(string key, string value, string named)
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.True(Describe(error).Contains(named, StringComparison.Ordinal), Describe(error) + "\n" + error);
    }

    [Theory]
    [InlineData("http://llm.example.nl/v1/", "Llm:Endpoint")]
    [InlineData("llm.example.nl", "Llm:Endpoint")]
    [InlineData("https://llm.example.nl/v1/", "every feature is off")]
    public void A_switched_on_language_model_must_be_reachable_safely_and_useful_and_its_key_is_never_repeated(string endpoint, string named)
    {
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = "gpt-4o-mini",
            ["Llm:ApiKey"] = "secret-key-value-0123456789",
            ["Llm:DangerSecondOpinion"] = endpoint.StartsWith("https", StringComparison.Ordinal) ? "false" : "true",
            ["Llm:GroundedAnswers"] = "false",
            ["Llm:WorkerDraft"] = "false",
        });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains(named, Describe(error), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-key-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_language_that_is_not_a_language_code_is_refused_when_a_template_is_named()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["WhatsApp:WindowTemplateName"] = "weer_contact", ["WhatsApp:WindowTemplateLanguage"] = "Nederlands" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("WhatsApp:WindowTemplateLanguage", Describe(error), StringComparison.Ordinal);
    }

    /// <summary>As an operator sees it: the process ends at start, and what it printed names the key.</summary>
    [Fact]
    public async Task A_wrong_time_zone_stops_the_bot_process_at_start_with_a_message_naming_the_setting()
    {
        using var data = new TemporaryDirectory();

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(data.Path, new Dictionary<string, string?> { ["Handoff__OfficeHours__TimeZone"] = "Europe/Amsterdm" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Handoff:OfficeHours:TimeZone 'Europe/Amsterdm'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_knowledge_folder_with_a_broken_reply_catalogue_prevents_the_start()
    {
        using var knowledge = new TemporaryDirectory();
        Directory.CreateDirectory(Path.Combine(knowledge.Path, "data"));
        Directory.CreateDirectory(Path.Combine(knowledge.Path, "replies"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "knowledge", "data", "organisations.yaml"), Path.Combine(knowledge.Path, "data", "organisations.yaml"));
        File.WriteAllText(Path.Combine(knowledge.Path, "replies", "nl.yaml"), "welcome: Hallo\n");
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("no_good_answer", Describe(error), StringComparison.Ordinal);
    }

    /// <summary>
    /// An operator starts from <c>appsettings.example.json</c>: with its values as shipped (empty where a setting is
    /// optional) the bot must start. An empty <c>DirectLine:PublicBaseUrl</c> once stopped it, refused as no URL.
    /// </summary>
    [Fact]
    public async Task The_example_settings_as_shipped_start_the_bot()
    {
        var example = new ConfigurationBuilder().AddJsonFile(Repository.File("appsettings.example.json")).Build();
        var settings = example.AsEnumerable()
            .Where(setting => setting.Value is not null && setting.Key != "Persistence:DataDirectory")
            .ToDictionary(setting => setting.Key, setting => setting.Value);
        using var bot = new BotFactory(settings);

        using var response = await bot.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
    }

    private static string Describe(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(Describe))
            : $"{error.Message} {(error.InnerException is null ? string.Empty : Describe(error.InnerException))}";
}
