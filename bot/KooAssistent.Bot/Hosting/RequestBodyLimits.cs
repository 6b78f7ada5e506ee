using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// How much of a request body the bot will read, decided before anything is read. Kestrel counts the bytes as they
/// stream in, so a chunked body cannot slip past the way it slips past a Content-Length check; reading past the limit
/// throws, and <see cref="BadRequestExceptionHandler"/> answers 413. Every endpoint gets <see cref="Default"/> unless it
/// asks for its own limit with <see cref="WithBodyLimit{TBuilder}(TBuilder, long)"/> (routing applies it per request).
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>
    /// Enough for every JSON body the staff console and Direct Line send (a staff message of 4,000 characters, all
    /// escaped, is about 24 KiB); endpoints that take more say so. Kestrel's own default is 30 MB.
    /// </summary>
    public const long Default = 64 * 1024;

    public static IHostApplicationBuilder AddRequestBodyLimits(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = Default);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        return builder;
    }

    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithBodyLimit(() => bytes);

    /// <summary>A limit read from settings when a request arrives, so it follows the validated options.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, Func<long> bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));

    private sealed class BodyLimit(Func<long> bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes();
    }
}
