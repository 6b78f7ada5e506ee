namespace KooAssistent.Bot.Staff;

/// <summary>
/// <c>GET /staff/api/events</c>: server-sent events for the console, with a keep-alive every 20 seconds. The stream
/// outlives the request that checked its session, so it checks again before each write and ends with the session
/// (signed out, past its lifetime, or its account changed).
/// </summary>
public static class StaffEventEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/events", StreamAsync).RequireAuthorization();

    private static async Task StreamAsync(HttpContext http, StaffEvents events)
    {
        if (events.Subscribe(StaffUser.From(http.User)!) is not ({ } id, { } reader))
        {
            await StaffErrors.Problem(StatusCodes.Status429TooManyRequests, "TooManyEventStreams", "This account has as many live consoles open as it may; close one first.").ExecuteAsync(http);
            return;
        }

        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            while (!http.RequestAborted.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
                wait.CancelAfter(TimeSpan.FromSeconds(20));
                string message;
                try
                {
                    message = $"data: {await reader.ReadAsync(wait.Token)}\n\n";
                }
                catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
                {
                    message = ": keep-alive\n\n";
                }

                if (!await StaffSessionValidator.IsCurrentAsync(http.User, http.RequestServices, http.RequestAborted))
                {
                    break;
                }

                await http.Response.WriteAsync(message, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The console went away.
        }
        finally
        {
            events.Unsubscribe(id);
        }
    }
}
