using YamlDotNet.RepresentationModel;

namespace KooAssistent.Bot.Tests.Deployment;

/// <summary>The Kubernetes file of <c>deployment/kubernetes/</c>, read as YAML documents, with small ways to walk them.</summary>
internal sealed class Manifest(IReadOnlyList<YamlMappingNode> documents)
{
    public static Manifest Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return new Manifest([.. stream.Documents.Select(document => (YamlMappingNode)document.RootNode)]);
    }

    public YamlMappingNode Single(string kind) =>
        Assert.Single(documents, document => Text(document, "kind") == kind);

    public static YamlMappingNode Map(YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            Assert.True(((YamlMappingNode)current).Children.TryGetValue(new YamlScalarNode(key), out var next), $"'{key}' is missing ({string.Join('.', path)})");
            current = next!;
        }

        return (YamlMappingNode)current;
    }

    public static IEnumerable<YamlMappingNode> Items(YamlNode node, params string[] path)
    {
        var parent = Map(node, path[..^1]);
        Assert.True(parent.Children.TryGetValue(new YamlScalarNode(path[^1]), out var list), $"'{path[^1]}' is missing");
        return ((YamlSequenceNode)list!).Children.Cast<YamlMappingNode>();
    }

    public static string? Text(YamlNode node, params string[] path)
    {
        var parent = Map(node, path[..^1]);
        return parent.Children.TryGetValue(new YamlScalarNode(path[^1]), out var value) ? ((YamlScalarNode)value).Value : null;
    }
}
