namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Errors in Direct Line's shape, <c>{"error":{"code","message"}}</c>. Clients act on the status and the code
/// (DirectLineJS treats 403 as an expired token, 404 as an ended conversation), so both are chosen with care.
/// </summary>
public static class DirectLineErrors
{
    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; start a new conversation.");

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingProperty(string message) => Error(StatusCodes.Status400BadRequest, "MissingProperty", message);

    public static IResult TooLarge(string message) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult TooManyRequests(string message) => Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", message);

    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJsonContext.Default.ErrorResponse, statusCode: status);
}
