using System.Net;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Tests.Deployment;

/// <summary>
/// The container image and the SQLite Kubernetes file (<c>kooassistent.yaml</c>) as an operator would use them. There
/// is no Docker engine or cluster here (and no schema checker in the registries this project uses), so the files are
/// read and the points that made the earlier ones fail to start are checked: a numeric non-root user, a writable /tmp
/// beside a read-only root, a volume for the data and the keys, readiness on the database, limits, one replica on
/// SQLite, the body size, pinned images, and <c>koo</c> in the image. The bot itself starts with the manifest's
/// settings. <see cref="PostgresDeploymentFilesTests"/> reads the file for 2+ replicas on PostgreSQL.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly Manifest Kubernetes = Manifest.Kubernetes("kooassistent.yaml");
    private static readonly string[] Dockerfile = File.ReadAllLines(Repository.File("deployment", "Dockerfile"));

    [Fact]
    public void The_pod_runs_as_a_numeric_non_root_user_with_a_read_only_root_and_a_writable_tmp() =>
        ManifestChecks.PodRunsAsNumericNonRootUserWithReadOnlyRootAndWritableTmp(Kubernetes);

    [Fact]
    public void The_database_and_the_data_protection_keys_are_on_the_persistent_volume()
    {
        var settings = Kubernetes.ConfigMap();
        var dataFolder = settings["Persistence__DataDirectory"];
        var keys = settings["DataProtection__KeysPath"];

        Assert.Equal("/data", dataFolder);
        Assert.StartsWith(dataFolder + "/", keys, StringComparison.Ordinal);
        Assert.NotNull(Manifest.Text(Kubernetes.VolumeMountedAt(dataFolder), "persistentVolumeClaim", "claimName"));
    }

    [Fact]
    public void Readiness_asks_the_endpoint_that_checks_the_database_and_liveness_the_process() =>
        ManifestChecks.ReadinessAsksTheDatabaseAndLivenessTheProcess(Kubernetes);

    [Fact]
    public async Task The_readiness_endpoint_queries_the_database()
    {
        using var bot = new BotFactory();
        using var http = bot.CreateClient();

        using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = bot.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Contains(checks, check => check.Name == "database" && check.Tags.Contains("ready"));
    }

    [Fact]
    public void The_container_has_requests_and_limits_for_cpu_and_memory() => ManifestChecks.ContainerHasRequestsAndLimits(Kubernetes);

    [Fact]
    public void On_SQLite_there_is_exactly_one_replica_replaced_by_recreating_it_and_a_disruption_budget_that_lets_a_drain_move_it()
    {
        var deployment = Kubernetes.Single("Deployment");
        var budget = Kubernetes.Single("PodDisruptionBudget");

        Assert.Equal("1", Manifest.Text(deployment, "spec", "replicas"));
        Assert.Equal("Recreate", Manifest.Text(deployment, "spec", "strategy", "type"));
        Assert.Equal("kooassistent", Manifest.Text(budget, "spec", "selector", "matchLabels", "app"));
        Assert.Equal("1", Manifest.Text(budget, "spec", "maxUnavailable"));
    }

    [Fact]
    public void The_ingress_lets_through_the_largest_body_the_bot_accepts_and_not_much_more() =>
        ManifestChecks.IngressLetsThroughTheLargestBodyAndNotMuchMore(Kubernetes);

    [Fact]
    public void Every_image_is_pinned_to_a_version_never_latest()
    {
        var bases = Dockerfile.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).Select(line => line.Split(' ')[1]).ToList();

        ManifestChecks.ImagesArePinned(Kubernetes);
        Assert.NotEmpty(bases);
        Assert.All(bases, image => Assert.Matches(@":[0-9]+\.[0-9]+\.[0-9]+[^:/]*$|@sha256:[0-9a-f]{64}$", image));
    }

    [Fact]
    public void The_image_runs_as_the_numeric_app_user_and_carries_koo_on_the_path()
    {
        var users = Dockerfile.Where(line => line.StartsWith("USER ", StringComparison.Ordinal)).ToList();

        Assert.Equal("USER $APP_UID", Assert.Single(users));
        Assert.Contains(Dockerfile, line => line.Contains("dotnet publish bot/KooAssistent.Cli", StringComparison.Ordinal));
        Assert.Contains(Dockerfile, line => line.Contains("/usr/local/bin/koo", StringComparison.Ordinal) && line.Contains("koo.dll", StringComparison.Ordinal));
        Assert.Contains(Dockerfile, line => line.Contains("chown \"$APP_UID\" /data", StringComparison.Ordinal));
    }

    /// <summary>The ConfigMap's settings pass the bot's own validation at start (paths moved into a test folder).</summary>
    [Fact]
    public async Task The_bot_starts_with_the_manifests_settings()
    {
        using var keys = new TemporaryDirectory();
        var settings = Kubernetes.Settings();
        settings.Remove("Persistence:DataDirectory");
        settings["DataProtection:KeysPath"] = keys.Path;
        using var bot = new BotFactory(settings);
        using var http = bot.CreateClient();

        Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
    }
}
