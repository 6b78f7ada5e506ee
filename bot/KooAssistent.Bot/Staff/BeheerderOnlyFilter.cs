using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Staff;

/// <summary>Account management is for beheerders only; everyone else gets 403 before anything is read or changed.</summary>
public sealed class BeheerderOnlyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (StaffUser.From(context.HttpContext.User) is not { Role: StaffRole.Beheerder })
        {
            return StaffErrors.Problem(StatusCodes.Status403Forbidden, "Forbidden", "Only beheerders manage accounts.");
        }

        return await next(context);
    }
}
