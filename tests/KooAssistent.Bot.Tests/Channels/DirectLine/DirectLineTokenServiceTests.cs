using System.Text;
using KooAssistent.Bot.Channels.DirectLine;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineTokenServiceTests : IDisposable
{
    private static readonly DirectLineCaller Caller = new("conversation-a", "dl_resident");
    private readonly TemporaryDirectory data = new();
    private readonly ManualClock clock = new();

    [Fact]
    public async Task An_issued_token_is_valid_for_its_conversation_and_user()
    {
        var tokens = Service();
        var issued = tokens.Issue(Caller, TokenKind.Conversation);

        var check = await tokens.CheckAsync(issued.Token, TokenKind.Conversation);

        Assert.Equal(TokenVerdict.Valid, check.Verdict);
        Assert.Equal(Caller, check.Caller);
        Assert.Equal(1800, issued.ExpiresInSeconds);
    }

    [Fact]
    public void Web_Chat_can_read_the_user_id_from_the_token_without_a_key()
    {
        var issued = Service().Issue(Caller, TokenKind.Conversation);

        Assert.Equal("dl_resident", DirectLineTestClient.UserIdOf(issued.Token));
    }

    [Fact]
    public async Task A_token_past_its_lifetime_is_reported_as_expired()
    {
        var tokens = Service();
        var issued = tokens.Issue(Caller, TokenKind.Conversation);

        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(TokenVerdict.Expired, (await tokens.CheckAsync(issued.Token, TokenKind.Conversation)).Verdict);
    }

    [Fact]
    public async Task A_stream_ticket_lives_one_minute_and_opens_only_the_stream()
    {
        var tokens = Service();
        var ticket = tokens.Issue(Caller, TokenKind.Stream).Token;

        Assert.Equal(TokenVerdict.Invalid, (await tokens.CheckAsync(ticket, TokenKind.Conversation)).Verdict);
        Assert.Equal(TokenVerdict.Valid, (await tokens.CheckAsync(ticket, TokenKind.Stream)).Verdict);
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(TokenVerdict.Expired, (await tokens.CheckAsync(ticket, TokenKind.Stream)).Verdict);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_invalid()
    {
        var foreign = Service(key: "another-signing-key-that-is-long-enough-9876543210").Issue(Caller, TokenKind.Conversation);

        Assert.Equal(TokenVerdict.Invalid, (await Service().CheckAsync(foreign.Token, TokenKind.Conversation)).Verdict);
    }

    [Fact]
    public async Task A_token_whose_payload_was_changed_is_invalid()
    {
        var tokens = Service();
        var parts = tokens.Issue(Caller, TokenKind.Conversation).Token.Split('.');
        var forgedPayload = Base64Url(Encoding.UTF8.GetString(FromBase64Url(parts[1])).Replace("conversation-a", "conversation-b", StringComparison.Ordinal));

        var check = await tokens.CheckAsync($"{parts[0]}.{forgedPayload}.{parts[2]}", TokenKind.Conversation);

        Assert.Equal(TokenVerdict.Invalid, check.Verdict);
    }

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_invalid()
    {
        var tokens = Service();
        var payload = tokens.Issue(Caller, TokenKind.Conversation).Token.Split('.')[1];

        var check = await tokens.CheckAsync($"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{payload}.", TokenKind.Conversation);

        Assert.Equal(TokenVerdict.Invalid, check.Verdict);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    public async Task Garbage_is_invalid_not_an_exception(string token)
    {
        Assert.Equal(TokenVerdict.Invalid, (await Service().CheckAsync(token, TokenKind.Conversation)).Verdict);
    }

    [Fact]
    public void Without_a_configured_key_one_is_generated_once_and_kept_owner_only()
    {
        var first = new TokenSigningKey(Options.Create(new DirectLineOptions()), new DataDirectory(data.Path), NullLogger<TokenSigningKey>.Instance);
        var second = new TokenSigningKey(Options.Create(new DirectLineOptions()), new DataDirectory(data.Path), NullLogger<TokenSigningKey>.Instance);

        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(64, first.Bytes.Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data.Path, TokenSigningKey.FileName)));
        }
    }

    public void Dispose() => data.Dispose();

    private DirectLineTokenService Service(string key = BotFactory.TestSigningKey)
    {
        var options = Options.Create(new DirectLineOptions { TokenSigningKey = key });
        return new DirectLineTokenService(new TokenSigningKey(options, new DataDirectory(data.Path), NullLogger<TokenSigningKey>.Instance), options, clock);
    }

    private static string Base64Url(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static byte[] FromBase64Url(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);
}
