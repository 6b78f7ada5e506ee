namespace KooAssistent.Bot.Widget;

/// <summary>The embeddable widget: the loader and demo page (wwwroot) and the official Web Chat bundle from npm.</summary>
public static class WidgetExtensions
{
    public static IHostApplicationBuilder AddWidget(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<WidgetOptions>, WidgetOptionsValidator>();
        builder.Services.AddSingleton<WebChatBundle>();
        return builder;
    }

    public static WebApplication UseWidget(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Short caching: an updated loader reaches municipal pages within minutes.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=300",
        });
        return app;
    }

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/widget/webchat.js", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, WebChatBundle bundle) =>
        {
            if (bundle.IsAvailable)
            {
                context.Response.Headers.CacheControl = "public, max-age=3600";
            }

            return bundle.Serve();
        });
        return app;
    }
}
