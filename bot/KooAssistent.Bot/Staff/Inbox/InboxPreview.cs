using System.Text;
using KooAssistent.Conversation.Understanding.Privacy;

namespace KooAssistent.Bot.Staff.Inbox;

/// <summary>
/// The one line of the resident's last message an inbox row shows. It is resident text, so before it leaves the
/// server it passes the PII redactor (phone numbers, BSN, IBAN, e-mail and addresses become placeholders), runs of
/// white space become one space and it is cut to <see cref="MaxLength"/> characters. The console puts it in with
/// textContent, like every resident word.
/// </summary>
public static class InboxPreview
{
    public const int MaxLength = 80;

    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var redacted = PiiRedactor.Redact(text).Text;
        var line = new StringBuilder(Math.Min(redacted.Length, MaxLength + 1));
        foreach (var character in redacted)
        {
            if (char.IsWhiteSpace(character) || char.IsControl(character))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(character);
            }

            if (line.Length > MaxLength)
            {
                break;
            }
        }

        var single = line.ToString().TrimEnd();
        if (single.Length <= MaxLength)
        {
            return single;
        }

        // Cut at a word where one is near, never inside a surrogate pair.
        var cut = single.LastIndexOf(' ', MaxLength - 1);
        var end = cut >= MaxLength - 20 ? cut : MaxLength - 1;
        if (char.IsHighSurrogate(single[end - 1]))
        {
            end--;
        }

        return single[..end].TrimEnd() + "…";
    }
}
