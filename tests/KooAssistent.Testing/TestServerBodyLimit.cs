using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KooAssistent.Testing;

/// <summary>
/// The in-memory test server has no request body limit; Kestrel has one, and the bot sets it per endpoint. This gives
/// the test server the same feature, enforced the way Kestrel enforces it (413 once a body reads past the limit), so
/// in-memory tests see the limits production has and routing need not warn that it cannot apply them.
/// </summary>
internal sealed class TestServerBodyLimit : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var kestrel = app.ApplicationServices.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is null)
            {
                var limit = new Limit { MaxRequestBodySize = kestrel.Limits.MaxRequestBodySize };
                context.Features.Set<IHttpMaxRequestBodySizeFeature>(limit);
                context.Request.Body = new LimitedBody(context.Request.Body, limit);
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    private sealed class Limit : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly { get; set; }

        public long? MaxRequestBodySize { get; set; }
    }

    private sealed class LimitedBody(Stream inner, Limit limit) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int bytes)
        {
            limit.IsReadOnly = true;
            read += bytes;
            return read > limit.MaxRequestBodySize
                ? throw new Microsoft.AspNetCore.Http.BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge)
                : bytes;
        }
    }
}
