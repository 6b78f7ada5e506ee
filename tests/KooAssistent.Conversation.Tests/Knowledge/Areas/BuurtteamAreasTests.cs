using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Areas;

namespace KooAssistent.Conversation.Tests.Knowledge.Areas;

/// <summary>Which wijk a handoff counts for in the figures: the wijk named, or the wijk whose postcodes hold the resident's.</summary>
public sealed class BuurtteamAreasTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "koo-areas-tests", Guid.NewGuid().ToString("N"));

    public BuurtteamAreasTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, BuurtteamAreas.FileName), """
            buurtteams:
              - { id: noord, name: Buurtteam Noord }
              - { id: maaspoort, name: Buurtteam Maaspoort }
            wijken:
              - { name: Noord, buurtteam: noord, postcodes: ["5221", "5222"] }
              - { name: Maaspoort, buurtteam: maaspoort, postcodes: ["52"] }
              - { name: Muntel/Vliert, buurtteam: noord }
            """);
    }

    [Theory]
    [InlineData("Noord", null, "Noord")]
    [InlineData("muntel/vliert", "5211 AB", "Muntel/Vliert")]
    [InlineData(null, "5222 XY", "Noord")]
    [InlineData(null, "5237", "Maaspoort")]
    [InlineData("Empel", "5221 AA", "Noord")]
    [InlineData(null, "6511 AB", null)]
    [InlineData(null, null, null)]
    [InlineData("Empel", null, null)]
    public void The_wijk_is_the_one_named_or_else_the_one_with_the_longest_matching_postcode_prefix(string? named, string? postcode, string? expected)
    {
        var areas = BuurtteamAreas.Load(new KnowledgeFolder(root));

        Assert.Equal(expected, areas.WijkOf(named, postcode));
    }

    [Fact]
    public void Every_wijk_of_the_real_knowledge_is_found_by_its_name_as_the_resident_gives_it()
    {
        var areas = BuurtteamAreas.Load(TestKnowledge.Real);

        Assert.All(areas.TeamOfWijk.Keys, wijk => Assert.Equal(wijk, areas.WijkOf(KooAssistent.Conversation.Dialog.Handoff.WhereResidentLives.Read("ik woon in " + wijk).Wijk, null)));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
