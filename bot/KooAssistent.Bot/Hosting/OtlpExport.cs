namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Which signals leave the process over OTLP, read from the standard variables
/// (https://opentelemetry.io/docs/specs/otel/protocol/exporter/): traces when <c>OTEL_EXPORTER_OTLP_TRACES_ENDPOINT</c>
/// or the general <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, metrics likewise with <c>…_METRICS_ENDPOINT</c>. With
/// none of them set nothing is exported.
/// </summary>
/// <param name="General">The general endpoint is set: every signal goes out, each to its own endpoint where one is set.</param>
public sealed record OtlpExport(bool Traces, bool Metrics, bool General)
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string TracesSignal = "TRACES";

    public const string MetricsSignal = "METRICS";

    public static OtlpExport From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var general = IsSet(configuration, EndpointVariable);
        return new OtlpExport(
            general || IsSet(configuration, SignalVariable(TracesSignal, "ENDPOINT")),
            general || IsSet(configuration, SignalVariable(MetricsSignal, "ENDPOINT")),
            general);
    }

    /// <summary>A signal's own setting, e.g. <c>OTEL_EXPORTER_OTLP_TRACES_ENDPOINT</c>.</summary>
    public static string SignalVariable(string signal, string setting) => $"OTEL_EXPORTER_OTLP_{signal}_{setting}";

    private static bool IsSet(IConfiguration configuration, string variable) => !string.IsNullOrWhiteSpace(configuration[variable]);
}
