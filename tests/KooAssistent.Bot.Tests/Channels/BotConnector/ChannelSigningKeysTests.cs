using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>The key cache: a new key is found after a rotation, but an unknown key id costs a fetch at most once per interval.</summary>
public sealed class ChannelSigningKeysTests
{
    [Fact]
    public async Task An_unknown_key_id_is_looked_up_again_only_after_the_minimum_interval()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var clock = new ManualClock();
        using var http = new HttpClient();
        using var keys = new ChannelSigningKeys(http, Options.Create(new BotConnectorOptions { ToBotFromChannelOpenIdMetadataUrl = connector.MetadataUrl.ToString() }), clock, NullLogger<ChannelSigningKeys>.Instance);
        var old = connector.CurrentKey.Key.KeyId!;

        Assert.NotNull(await keys.FindAsync(old, CancellationToken.None));
        var rotated = connector.RotateKey().Key.KeyId!;
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Null(await keys.FindAsync(rotated, CancellationToken.None));
        Assert.Null(await keys.FindAsync("made-up", CancellationToken.None));
        Assert.Equal(1, connector.KeyFetches);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(await keys.FindAsync(rotated, CancellationToken.None));
        Assert.Equal(2, connector.KeyFetches);

        // The withdrawn key is gone with the refresh.
        Assert.Null(await keys.FindAsync(old, CancellationToken.None));
    }

    [Fact]
    public async Task The_keys_are_fetched_again_after_a_day_even_when_every_token_names_a_known_key()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var clock = new ManualClock();
        using var http = new HttpClient();
        using var keys = new ChannelSigningKeys(http, Options.Create(new BotConnectorOptions { ToBotFromChannelOpenIdMetadataUrl = connector.MetadataUrl.ToString() }), clock, NullLogger<ChannelSigningKeys>.Instance);
        var kid = connector.CurrentKey.Key.KeyId!;

        await keys.FindAsync(kid, CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(23));
        await keys.FindAsync(kid, CancellationToken.None);
        Assert.Equal(1, connector.KeyFetches);

        clock.Advance(TimeSpan.FromHours(2));
        Assert.NotNull(await keys.FindAsync(kid, CancellationToken.None));
        Assert.Equal(2, connector.KeyFetches);
    }
}
