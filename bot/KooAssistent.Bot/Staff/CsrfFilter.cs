using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// State-changing staff calls must repeat the session's CSRF token in the <c>X-CSRF-TOKEN</c> header; a page on
/// another site can make the browser send the cookie, but it cannot read the token.
/// </summary>
public sealed class CsrfFilter : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = StaffUser.From(context.HttpContext.User);
        var sent = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (user is null || sent.Length == 0
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(user.CsrfToken)))
        {
            return StaffErrors.Problem(StatusCodes.Status403Forbidden, "CsrfTokenMissing", $"Send the token from the sign-in response in the {HeaderName} header.");
        }

        return await next(context);
    }
}
