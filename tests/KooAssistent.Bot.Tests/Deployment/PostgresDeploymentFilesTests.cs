using System.Globalization;
using Dapper;
using KooAssistent.Storage;
using KooAssistent.Storage.Postgres;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YamlDotNet.RepresentationModel;

namespace KooAssistent.Bot.Tests.Deployment;

/// <summary>
/// The Kubernetes file for two or more replicas on PostgreSQL (<c>kooassistent-postgres.yaml</c>), read as
/// <see cref="DeploymentFilesTests"/> reads the SQLite one: the same points every pod needs, and what several replicas
/// need besides — a rollout and a drain that never leave none ready, pods spread over nodes, the database named in the
/// ConfigMap and its connection string only in the Secret, and nothing on a shared volume. The bot starts with the
/// ConfigMap's settings against a real PostgreSQL.
/// </summary>
public sealed class PostgresDeploymentFilesTests
{
    private const string FileName = "kooassistent-postgres.yaml";
    private static readonly Manifest Kubernetes = Manifest.Kubernetes(FileName);
    private static readonly string[] Lines = File.ReadAllLines(Repository.File("deployment", "kubernetes", FileName));

    [Fact]
    public void There_are_two_or_more_replicas_replaced_one_at_a_time_with_the_new_one_ready_first()
    {
        var deployment = Kubernetes.Single("Deployment");

        Assert.True(int.Parse(Manifest.Text(deployment, "spec", "replicas")!, CultureInfo.InvariantCulture) >= 2, "fewer than 2 replicas");
        Assert.Equal("RollingUpdate", Manifest.Text(deployment, "spec", "strategy", "type"));
        Assert.Equal("0", Manifest.Text(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable"));
        Assert.Equal("1", Manifest.Text(deployment, "spec", "strategy", "rollingUpdate", "maxSurge"));
    }

    [Fact]
    public void A_disruption_budget_keeps_at_least_one_pod_through_a_drain()
    {
        var budget = Kubernetes.Single("PodDisruptionBudget");

        Assert.Equal("1", Manifest.Text(budget, "spec", "minAvailable"));
        Assert.Null(Manifest.Text(budget, "spec", "maxUnavailable"));
        Assert.Equal(PodLabel(), Manifest.Text(budget, "spec", "selector", "matchLabels", "app"));
    }

    [Fact]
    public void The_pods_are_spread_over_nodes_where_the_cluster_can_and_still_scheduled_where_it_cannot()
    {
        var spread = Assert.Single(Manifest.Items(Kubernetes.PodSpec(), "topologySpreadConstraints"));

        Assert.Equal("kubernetes.io/hostname", Manifest.Text(spread, "topologyKey"));
        Assert.Equal("ScheduleAnyway", Manifest.Text(spread, "whenUnsatisfiable"));
        Assert.Equal(PodLabel(), Manifest.Text(spread, "labelSelector", "matchLabels", "app"));
    }

    [Fact]
    public void The_ConfigMap_names_PostgreSQL_and_leaves_the_keys_to_the_database()
    {
        var settings = Kubernetes.ConfigMap();

        Assert.Equal("Postgres", settings["Persistence__Provider"]);
        Assert.DoesNotContain("DataProtection__KeysPath", settings.Keys);
    }

    [Fact]
    public void The_connection_string_comes_from_the_Secret_and_never_from_the_ConfigMap()
    {
        var settings = Kubernetes.ConfigMap();
        var container = Kubernetes.Container();
        var secret = Manifest.Text(Assert.Single(Manifest.Items(container, "envFrom"), source => source.Children.ContainsKey(new YamlScalarNode("secretRef"))), "secretRef", "name");

        Assert.DoesNotContain(settings.Keys, key => key.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(settings.Values, value => value.Contains("Password", StringComparison.OrdinalIgnoreCase) || value.Contains("Host=", StringComparison.OrdinalIgnoreCase));
        // No variables of the container's own, where a connection string could be written out in full.
        Assert.False(container.Children.ContainsKey(new YamlScalarNode("env")), "the container sets env: of its own");
        Assert.Contains(Lines, line => line.Contains($"kubectl create secret generic {secret}", StringComparison.Ordinal));
        Assert.Contains(Lines, line => line.Contains("--from-literal=Persistence__ConnectionString=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pod_runs_as_a_numeric_non_root_user_with_a_read_only_root_and_a_writable_tmp() =>
        ManifestChecks.PodRunsAsNumericNonRootUserWithReadOnlyRootAndWritableTmp(Kubernetes);

    [Fact]
    public void Each_pod_has_a_data_folder_of_its_own_and_no_volume_is_shared()
    {
        var dataFolder = Kubernetes.ConfigMap()["Persistence__DataDirectory"];

        Assert.True(ManifestChecks.IsEmptyDir(Kubernetes.VolumeMountedAt(dataFolder)), $"{dataFolder} is not an emptyDir");
        Assert.All(Manifest.Items(Kubernetes.PodSpec(), "volumes"), volume => Assert.True(ManifestChecks.IsEmptyDir(volume), $"volume {Manifest.Text(volume, "name")} is not an emptyDir"));
        Assert.DoesNotContain("PersistentVolumeClaim", Kubernetes.Kinds());
    }

    [Fact]
    public void Readiness_asks_the_endpoint_that_checks_the_database_and_liveness_the_process() =>
        ManifestChecks.ReadinessAsksTheDatabaseAndLivenessTheProcess(Kubernetes);

    [Fact]
    public void The_container_has_requests_and_limits_for_cpu_and_memory() => ManifestChecks.ContainerHasRequestsAndLimits(Kubernetes);

    [Fact]
    public void The_image_is_pinned_to_a_version_never_latest() => ManifestChecks.ImagesArePinned(Kubernetes);

    [Fact]
    public void The_ingress_lets_through_the_largest_body_the_bot_accepts_and_not_much_more() =>
        ManifestChecks.IngressLetsThroughTheLargestBodyAndNotMuchMore(Kubernetes);

    /// <summary>
    /// The ConfigMap's settings pass the bot's own validation and open the database; the test schema's connection
    /// string and the factory's signing key stand for the Secret's. The pod's data folder stays empty: nothing a second
    /// pod would need is kept there, the data-protection keys included.
    /// </summary>
    [Fact]
    [Trait("Provider", "Postgres")]
    public async Task The_bot_starts_with_the_manifests_settings_on_PostgreSQL_and_keeps_nothing_in_its_data_folder()
    {
        await using var schema = new PostgresTestSchema();
        var settings = Kubernetes.Settings();
        settings.Remove("Persistence:DataDirectory");
        settings["Persistence:ConnectionString"] = schema.ConnectionString;
        await using var bot = new BotFactory(settings);
        using var http = bot.CreateClient();

        Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
        await bot.CreateDirectLineClient().StartConversationAsync();

        Assert.IsType<PostgresDatabase>(bot.Services.GetRequiredService<IStoreDatabase>());
        Assert.Empty(Directory.EnumerateFileSystemEntries(bot.DataDirectory));
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM data_protection_keys"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM conversations"));
    }

    private static string? PodLabel() => Manifest.Text(Kubernetes.Single("Deployment"), "spec", "template", "metadata", "labels", "app");
}
