using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// OpenTelemetry: traces of requests, outbound calls (the Graph API) and turns; metrics of the same, of the runtime,
/// of the stores, the outboxes and of turns by route. Exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
/// (the standard <c>OTEL_*</c> variables configure it); without it nothing leaves the process.
/// </summary>
public static class TelemetryExtensions
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("kooassistent"))
            .WithTracing(tracing => tracing
                .AddSource(TurnTelemetry.Name, OutboxTelemetry.Name)
                // Query strings are redacted by the instrumentation; a stream URL's ticket never becomes an attribute.
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(TurnTelemetry.Name, OutboxTelemetry.Name, Storage.StoreTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[EndpointVariable]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
