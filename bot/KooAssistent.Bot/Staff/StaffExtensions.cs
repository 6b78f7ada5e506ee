using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using KooAssistent.Bot.Hosting;
using KooAssistent.Bot.Staff.Oidc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// The staff console's API under <c>/staff/api</c>: cookie sessions (HttpOnly, SameSite=Strict, Secure outside
/// Development, sliding and absolute expiry, known to the server so signing out ends them, checked against the
/// account on every request), CSRF tokens on every state-changing call, and errors as JSON instead of redirects.
/// </summary>
public static class StaffExtensions
{
    public const string Scheme = "koo-staff";

    public static IHostApplicationBuilder AddStaff(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName).ValidateSettings(StaffOptions.SectionName);
        builder.Services.AddSingleton<SignInThrottle>();
        var minutes = builder.Configuration.GetValue($"{StaffOptions.SectionName}:{nameof(StaffOptions.SessionMinutes)}", 480);
        var authentication = builder.Services.AddAuthentication(Scheme);
        authentication.AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "koo-staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // TLS ends at the proxy, so the request the bot sees may say http; the cookie must never travel without TLS.
            // Development keeps plain http on localhost working.
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.Path = "/staff";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(minutes);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = StaffSessionValidator.ValidatePrincipalAsync;
            options.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.AddStaffOidc(authentication);
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<StaffMessenger>();
        builder.Services.TryAddSingleton<StaffEvents>();
        return builder;
    }

    public static WebApplication UseStaff(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapStaff(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/staff/api");
        StaffSessionEndpoints.Map(api);
        TicketEndpoints.Map(api);
        StaffEventEndpoint.Map(api);
        AccountEndpoints.Map(api);
        OwnPasswordEndpoint.Map(api);
        app.MapStaffOidc();
        app.MapGet("/staff", () => Results.Redirect("/staff/index.html"));
        return app;
    }
}
