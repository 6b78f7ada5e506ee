using KooAssistent.Storage.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>
/// Sign-in through the municipality's identity provider: the authorisation code flow with PKCE, the answer posted
/// back to <c>/staff/signin-oidc</c>, the id token checked against the provider's discovery document and keys
/// (issuer, audience, signature, lifetime, nonce). The person is then mapped to a console account
/// (<see cref="StaffOidcAccounts"/>) and signed in to the console's own cookie session, exactly as a password
/// sign-in is; a refusal goes back to the sign-in page with a code it explains.
/// </summary>
public static partial class StaffOidcExtensions
{
    public const string Scheme = "koo-staff-oidc";
    public const string SignInPath = "/staff/oidc/signin";
    public const string CallbackPath = "/staff/signin-oidc";
    private const string SignInPage = "/staff/index.html";

    public static IHostApplicationBuilder AddStaffOidc(this IHostApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(authentication);
        builder.Services.AddOptions<LocalAccountsOptions>().BindConfiguration(LocalAccountsOptions.SectionName).ValidateOnStart();
        builder.Services.AddOptions<StaffOidcOptions>().BindConfiguration(StaffOidcOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StaffOidcOptions>, StaffOidcOptionsValidator>();

        // The handler is only registered when configured: every registered remote handler looks at every request.
        var settings = builder.Configuration.GetSection(StaffOidcOptions.SectionName).Get<StaffOidcOptions>() ?? new StaffOidcOptions();
        if (!settings.IsConfigured)
        {
            return builder;
        }

        builder.Services.AddSingleton<StaffOidcAccounts>();
        builder.Services.AddSingleton<StaffOidcSignOut>();
        authentication.AddOpenIdConnect(Scheme, options => Configure(options, settings));
        return builder;
    }

    public static IEndpointRouteBuilder MapStaffOidc(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ServiceProvider.GetRequiredService<IOptions<StaffOidcOptions>>().Value.IsConfigured)
        {
            // A plain link from the sign-in page; starting a sign-in changes nothing here, so it needs no CSRF token.
            app.MapGet(SignInPath, () => Results.Challenge(new AuthenticationProperties { RedirectUri = SignInPage }, [Scheme]));
        }

        return app;
    }

    private static void Configure(OpenIdConnectOptions options, StaffOidcOptions settings)
    {
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.CallbackPath = CallbackPath;
        options.SignedOutCallbackPath = "/staff/signout-callback-oidc";
        options.RemoteSignOutPath = "/staff/signout-oidc";
        options.SignInScheme = StaffExtensions.Scheme;
        options.SignOutScheme = StaffExtensions.Scheme;
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;

        // The options validator allows http only on loopback (the tests' provider); everywhere else https.
        options.RequireHttpsMetadata = !Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority) || !authority.IsLoopback;
        options.Scope.Clear();
        foreach (var scope in settings.AllScopes())
        {
            options.Scope.Add(scope);
        }

        options.TokenValidationParameters.NameClaimType = settings.UsernameClaim;
        options.Events = new OpenIdConnectEvents
        {
            OnTokenValidated = SignInToConsoleAsync,
            OnRemoteFailure = context =>
            {
                var logger = Logger(context.HttpContext);
                LogRemoteFailure(logger, context.Failure?.GetType().Name ?? "unknown", context.Failure?.Message ?? string.Empty);
                context.Response.Redirect($"{SignInPage}?aanmelden=mislukt");
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>
    /// Replaces the provider's identity with the console's own session principal (session id, CSRF token, security
    /// stamp), which the cookie handler then signs in; only the id token is kept beside it, as the hint for sign-out.
    /// </summary>
    private static async Task SignInToConsoleAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var cancellationToken = context.HttpContext.RequestAborted;
        var result = await services.GetRequiredService<StaffOidcAccounts>().SignInAsync(context.Principal!, cancellationToken);
        if (result.Account is not { } account)
        {
            context.Response.Redirect($"{SignInPage}?aanmelden={result.PageCode}");
            context.HandleResponse();
            return;
        }

        var staff = services.GetRequiredService<IOptions<StaffOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Principal = await StaffSession.StartAsync(
            services.GetRequiredService<IStaffSessionStore>(), account, now, staff.SessionAbsoluteMinutes, StaffUser.ViaIdentityProvider, cancellationToken);
        if (context.TokenEndpointResponse?.IdToken is { Length: > 0 } idToken)
        {
            context.Properties!.StoreTokens([new AuthenticationToken { Name = "id_token", Value = idToken }]);
        }

        var logger = Logger(context.HttpContext);
        LogSignedIn(logger, account.Username, account.Role);
    }

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("KooAssistent.Bot.Staff.Oidc");

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {Username} signed in through the identity provider as {Role}")]
    private static partial void LogSignedIn(ILogger logger, string username, StaffRole role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the identity provider failed: {Kind} {Reason}")]
    private static partial void LogRemoteFailure(ILogger logger, string kind, string reason);
}
