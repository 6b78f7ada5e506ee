namespace KooAssistent.Bot.Insights;

/// <summary>The Inzicht page: its API under <c>/staff/api/insights</c> and the chart library it draws with.</summary>
public static class InsightsExtensions
{
    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ChartBundle>();
        return builder;
    }

    public static IEndpointRouteBuilder MapInsights(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        InsightEndpoints.Map(app.MapGroup("/staff/api"));
        app.MapMethods("/staff/lib/chart.umd.js", [HttpMethods.Get, HttpMethods.Head], (ChartBundle bundle) => bundle.Serve());
        return app;
    }
}
