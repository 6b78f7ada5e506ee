using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// OpenTelemetry: traces of requests, outbound calls (the Graph API) and turns; metrics of the same, of the runtime,
/// of the stores, the outboxes and of turns by route. Exported over OTLP only for the signals whose endpoint is set
/// (<see cref="OtlpExport"/>; the other standard <c>OTEL_*</c> variables configure it); without one nothing leaves the process.
/// </summary>
public static class TelemetryExtensions
{
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

        var export = OtlpExport.From(builder.Configuration);
        var configuration = builder.Configuration;
        if (export.General)
        {
            // Reads every OTEL_EXPORTER_OTLP_* variable itself, the signals' own endpoints included.
            telemetry.UseOtlpExporter();
            return builder;
        }

        // Only a signal's own endpoint is set. The signal's exporter reads the general variables but not the signal's
        // own (the SDK reads those only for UseOtlpExporter, which would also turn on the signals without an endpoint).
        if (export.Traces)
        {
            telemetry.WithTracing(tracing => tracing.AddOtlpExporter(options => FromSignal(options, configuration, OtlpExport.TracesSignal)));
        }

        if (export.Metrics)
        {
            telemetry.WithMetrics(metrics => metrics.AddOtlpExporter(options => FromSignal(options, configuration, OtlpExport.MetricsSignal)));
        }

        return builder;
    }

    /// <summary>The signal's endpoint (a full URL, used as given), and its protocol and headers where set.</summary>
    private static void FromSignal(OtlpExporterOptions options, IConfiguration configuration, string signal)
    {
        options.Endpoint = new Uri(configuration[OtlpExport.SignalVariable(signal, "ENDPOINT")]!);
        switch (configuration[OtlpExport.SignalVariable(signal, "PROTOCOL")])
        {
            case "grpc":
                options.Protocol = OtlpExportProtocol.Grpc;
                break;
            case "http/protobuf":
                options.Protocol = OtlpExportProtocol.HttpProtobuf;
                break;
        }

        if (configuration[OtlpExport.SignalVariable(signal, "HEADERS")] is { Length: > 0 } headers)
        {
            options.Headers = headers;
        }
    }
}
