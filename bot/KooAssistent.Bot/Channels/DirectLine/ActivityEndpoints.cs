using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KooAssistent.Bot.Hosting;
using KooAssistent.Storage;
using KooAssistent.Bot.Turns;
using KooAssistent.Conversation.Activities;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>Polling for activities and posting the resident's own.</summary>
public static class ActivityEndpoints
{
    private const int PageSize = 100;

    /// <summary>Activities as clients post them, no deeper than <see cref="JsonInput.MaxDepth"/>.</summary>
    private static readonly JsonTypeInfo<Activity> InputActivity =
        (JsonTypeInfo<Activity>)JsonInput.Limited(ActivityJsonContext.Default.Options).GetTypeInfo(typeof(Activity));

    public static async Task<IResult> GetAsync(string conversationId, string? watermark, IConversationStore store, CancellationToken cancellationToken)
    {
        if (!Watermark.TryParse(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        if (await store.GetConversationAsync(conversationId, cancellationToken) is null)
        {
            return DirectLineErrors.NotFound("The conversation does not exist or has ended.");
        }

        // Bounded in characters too, as a stream's frame is: a hundred activities of 32 KB would be 3 MB per request.
        var page = await store.GetActivitiesAsync(conversationId, after, PageSize, DirectLineStreamSession.MaxFrameCharacters, cancellationToken);
        var next = page.Count > 0 ? page[^1].Sequence : after;
        return TypedResults.Json(
            new ActivitySet(page.Select(stored => stored.Activity).ToList(), Watermark.Format(next)),
            DirectLineJsonContext.Default.ActivitySet);
    }

    /// <summary>
    /// Answers as soon as the activity is committed (the bot's reply follows on the stream), so the resident's
    /// bubble turns "sent" quickly; a retry with the same clientActivityID is stored once and gets the same id.
    /// </summary>
    public static async Task<IResult> PostAsync(
        HttpContext http,
        TurnPipeline pipeline,
        Handoff.ResidentTyping typing,
        IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(typing);
        ArgumentNullException.ThrowIfNull(options);
        var body = await RequestBodyReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            return DirectLineErrors.TooLarge($"An activity may be at most {options.Value.MaxActivityBytes} bytes.");
        }

        if (!TryParse(body, out var posted))
        {
            return DirectLineErrors.BadArgument("The body is not a valid activity.");
        }

        var caller = http.GetDirectLineCaller();
        var outcome = ClientActivityMapper.Map(posted, caller, options.Value.MaxTextLength);
        if (outcome.IsTyping)
        {
            await typing.RelayAsync(caller.ConversationId, cancellationToken);
        }

        return await AcceptAsync(outcome, pipeline, options.Value, cancellationToken);
    }

    internal static async Task<IResult> AcceptAsync(ClientActivityOutcome outcome, TurnPipeline pipeline, DirectLineOptions limits, CancellationToken cancellationToken)
    {
        if (outcome.Refusal is { } refusal)
        {
            return refusal;
        }

        if (outcome.Inbound is not { } inbound)
        {
            return TypedResults.Json(new ResourceResponse(null), DirectLineJsonContext.Default.ResourceResponse);
        }

        try
        {
            var result = await pipeline.AcceptAsync(inbound with { MaxStoredActivities = limits.MaxActivitiesPerConversation }, cancellationToken);
            // A retry of a message that has since been erased was received once; it has no id any more.
            return TypedResults.Json(new ResourceResponse(result.Stored?.Activity.Id), DirectLineJsonContext.Default.ResourceResponse);
        }
        catch (ConversationNotFoundException)
        {
            return DirectLineErrors.NotFound("The conversation does not exist or has ended.");
        }
        catch (ConversationFullException full)
        {
            // Not 403, which DirectLineJS reads as an expired token, and not 429: waiting does not help.
            return DirectLineErrors.Error(StatusCodes.Status409Conflict, "ConversationFull", $"This conversation holds {full.Limit} activities, as many as it can; start a new conversation.");
        }
    }

    internal static bool TryParse(ReadOnlySpan<byte> json, out Activity activity)
    {
        try
        {
            activity = JsonSerializer.Deserialize(json, InputActivity)!;
            return activity is not null && !string.IsNullOrEmpty(activity.Type);
        }
        catch (JsonException)
        {
            activity = null!;
            return false;
        }
    }
}
