namespace KooAssistent.Bot.Staff;

/// <summary>Errors of the staff API, in one shape: <c>{"error":{"code","message"}}</c>.</summary>
public static class StaffErrors
{
    public static IResult Problem(int status, string code, string message) =>
        Results.Json(new StaffError(new StaffErrorBody(code, message)), StaffJsonContext.Default.StaffError, statusCode: status);
}

public sealed record StaffError(StaffErrorBody Error);

public sealed record StaffErrorBody(string Code, string Message);
