using System.Globalization;
using System.Text.RegularExpressions;
using KooAssistent.Bot.Channels.DirectLine;
using KooAssistent.Bot.Channels.WhatsApp;
using YamlDotNet.RepresentationModel;

namespace KooAssistent.Bot.Tests.Deployment;

/// <summary>
/// What every Kubernetes file of the bot must hold, whatever its store: the points that made the earlier files fail to
/// start or fail residents. Each test class of a file calls these on it.
/// </summary>
internal static partial class ManifestChecks
{
    /// <summary>The .NET images' <c>APP_UID</c>: the user the Dockerfile's <c>USER $APP_UID</c> names.</summary>
    public const int DotnetImageUser = 1654;

    public static void PodRunsAsNumericNonRootUserWithReadOnlyRootAndWritableTmp(Manifest manifest)
    {
        var pod = manifest.PodSpec();
        var container = manifest.Container();

        Assert.Equal("true", Manifest.Text(pod, "securityContext", "runAsNonRoot"));
        Assert.Equal(DotnetImageUser.ToString(CultureInfo.InvariantCulture), Manifest.Text(pod, "securityContext", "runAsUser"));
        Assert.Equal("true", Manifest.Text(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal("false", Manifest.Text(container, "securityContext", "allowPrivilegeEscalation"));
        Assert.True(IsEmptyDir(manifest.VolumeMountedAt("/tmp")), "/tmp is not an emptyDir");
    }

    public static void ReadinessAsksTheDatabaseAndLivenessTheProcess(Manifest manifest)
    {
        var container = manifest.Container();

        Assert.Equal("/health/ready", Manifest.Text(container, "readinessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", Manifest.Text(container, "livenessProbe", "httpGet", "path"));
    }

    public static void ContainerHasRequestsAndLimits(Manifest manifest)
    {
        var resources = Manifest.Map(manifest.Container(), "resources");

        foreach (var kind in new[] { "requests", "limits" })
        {
            Assert.NotNull(Manifest.Text(resources, kind, "cpu"));
            Assert.NotNull(Manifest.Text(resources, kind, "memory"));
        }
    }

    public static void IngressLetsThroughTheLargestBodyAndNotMuchMore(Manifest manifest)
    {
        var limit = Manifest.Text(manifest.Single("Ingress"), "metadata", "annotations", "nginx.ingress.kubernetes.io/proxy-body-size");
        var largest = Math.Max(UploadEndpoint.MaxBodyBytes(new DirectLineOptions()), WhatsAppWebhookEndpoints.MaxBodyBytes);

        var match = NginxSize().Match(limit ?? string.Empty);
        Assert.True(match.Success, $"proxy-body-size '{limit}' is not an nginx size such as 11m");
        var bytes = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * (match.Groups[2].Value.ToUpperInvariant() switch { "K" => 1024L, "M" => 1024L * 1024, _ => 1L });
        Assert.InRange(bytes, largest, largest + (1024 * 1024));
    }

    public static void ImagesArePinned(Manifest manifest)
    {
        var images = Manifest.Items(manifest.PodSpec(), "containers").Select(container => Manifest.Text(container, "image")!).ToList();

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Matches(@":[0-9][^:/]*$|@sha256:[0-9a-f]{64}$", image));
    }

    public static bool IsEmptyDir(YamlMappingNode volume) =>
        volume.Children.Keys.Any(key => ((YamlScalarNode)key).Value == "emptyDir");

    [GeneratedRegex("^([0-9]+)([kKmM]?)$")]
    private static partial Regex NginxSize();
}
