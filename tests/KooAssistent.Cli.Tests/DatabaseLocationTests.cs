namespace KooAssistent.Cli.Tests;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void The_bot_s_data_folder_from_the_environment_is_where_koo_looks_first()
    {
        var path = DatabaseLocation.Default(name => name == "Persistence__DataDirectory" ? "/data" : null);

        Assert.Equal(Path.Combine("/data", "koo.db"), path);
    }

    [Fact]
    public void Without_the_setting_koo_looks_in_the_checkout_around_the_current_folder()
    {
        var path = DatabaseLocation.Default(_ => null);

        Assert.EndsWith(Path.Combine("bot", "KooAssistent.Bot", "data", "koo.db"), path, StringComparison.Ordinal);
    }
}
