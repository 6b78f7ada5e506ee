using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Reads a JSON body by hand instead of by parameter binding, so a body that is not JSON gets the staff API's own
/// 400 with a clear message rather than the framework's empty one.
/// </summary>
public static class StaffRequestBody
{
    /// <returns>Null when the body is missing, not JSON, or not sent as JSON.</returns>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await request.ReadFromJsonAsync(type, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // Thrown when the Content-Type is not JSON.
            return null;
        }
    }
}
