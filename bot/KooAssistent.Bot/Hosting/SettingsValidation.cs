using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Data annotations on a settings class, checked at start with messages that name the key as an operator writes it
/// (<c>The field Staff:LockMinutes must be between 1 and 1440.</c>) instead of the class and property names that
/// <c>ValidateDataAnnotations</c> reports. Values are never repeated in the message: some settings are secrets.
/// </summary>
public static class SettingsValidation
{
    public static OptionsBuilder<TOptions> ValidateSettings<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TOptions>(
        this OptionsBuilder<TOptions> builder, string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new AnnotatedSettings<TOptions>(section));
        return builder.ValidateOnStart();
    }

    private sealed class AnnotatedSettings<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TOptions>(string section)
        : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var results = new List<ValidationResult>();
            foreach (var property in typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.IsDefined(typeof(ValidationAttribute), inherit: true))
                {
                    var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = $"{section}:{property.Name}" };
                    Validator.TryValidateProperty(property.GetValue(options), context, results);
                }
            }

            return results.Count == 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(result => result.ErrorMessage ?? $"{section} is not valid."));
        }
    }
}
