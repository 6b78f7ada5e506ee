using YamlDotNet.RepresentationModel;

namespace KooAssistent.Bot.Tests.Deployment;

/// <summary>A Kubernetes file of <c>deployment/kubernetes/</c>, read as YAML documents, with small ways to walk them.</summary>
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

    /// <summary>A file of <c>deployment/kubernetes/</c>.</summary>
    public static Manifest Kubernetes(string fileName) => Load(Repository.File("deployment", "kubernetes", fileName));

    public IEnumerable<string?> Kinds() => documents.Select(document => Text(document, "kind"));

    public YamlMappingNode Single(string kind) =>
        Assert.Single(documents, document => Text(document, "kind") == kind);

    /// <summary>The Deployment's pod template.</summary>
    public YamlMappingNode PodSpec() => Map(Single("Deployment"), "spec", "template", "spec");

    /// <summary>The pod's one container, the bot.</summary>
    public YamlMappingNode Container() => Assert.Single(Items(PodSpec(), "containers"));

    /// <summary>The ConfigMap's entries as written (<c>Section__Key</c>).</summary>
    public Dictionary<string, string> ConfigMap() =>
        Map(Single("ConfigMap"), "data").Children
            .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value!);

    /// <summary>The ConfigMap's entries as the bot's configuration keys (<c>Section:Key</c>).</summary>
    public Dictionary<string, string?> Settings() =>
        ConfigMap().ToDictionary(setting => setting.Key.Replace("__", ":", StringComparison.Ordinal), setting => (string?)setting.Value);

    /// <summary>The pod's volume that the container mounts at <paramref name="path"/>.</summary>
    public YamlMappingNode VolumeMountedAt(string path)
    {
        var name = Text(Assert.Single(Items(Container(), "volumeMounts"), mount => Text(mount, "mountPath") == path), "name");
        return Assert.Single(Items(PodSpec(), "volumes"), volume => Text(volume, "name") == name);
    }

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
