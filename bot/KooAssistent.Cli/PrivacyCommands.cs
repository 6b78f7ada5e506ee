using System.CommandLine;
using System.Text.Json;
using KooAssistent.Storage;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo privacy export|erase</c>: an operator carries out a resident's request for access (AVG art. 15) or erasure
/// (art. 17), found by conversation id, WhatsApp number or ticket (its short number or its long id), also after the
/// conversation was deleted for its age while its insight rows are kept. The export is every stored row about the
/// resident as JSON; erasure deletes the conversations with everything stored with them and audits who did it.
/// </summary>
internal static class PrivacyCommands
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var conversation = new Option<string?>("--conversation") { Description = "A conversation id (in the audit log and the staff API's ticket)." };
        var whatsapp = new Option<string?>("--whatsapp") { Description = "A WhatsApp number, e.g. +31612345678: all conversations of that number; those deleted for their age (insight rows kept) only with the bot's WhatsApp__PhoneNumberId and key in the environment." };
        var ticket = new Option<string?>("--ticket") { Description = "A ticket: its number as the staff console shows it (e.g. K4M-9QXT, any case, with or without the hyphen) or its 32-character id; the conversation behind it." };
        var database = new Option<FileInfo?>("--database") { Description = DatabaseLocation.OptionDescription };
        var output = new Option<FileInfo?>("--out") { Description = "Write the export to this file (readable by its owner only) instead of standard output." };
        var by = new Option<string>("--by") { Description = "Who carries out the request (name or employee number), for the audit log.", Required = true };

        var export = new Command("export", "Export everything stored about a resident as JSON (AVG art. 15).") { conversation, whatsapp, ticket, output, database };
        export.SetAction(async (parse, cancellationToken) => await ExportAsync(
            Subject(parse.GetValue(conversation), parse.GetValue(whatsapp), parse.GetValue(ticket)), parse.GetValue(output), BotDatabase.FromCommandLine(parse.GetValue(database)), Console.Out, Console.Error, cancellationToken));
        var erase = new Command("erase", "Erase a resident's conversations and everything stored with them (AVG art. 17).") { conversation, whatsapp, ticket, by, database };
        erase.SetAction(async (parse, cancellationToken) => await EraseAsync(
            Subject(parse.GetValue(conversation), parse.GetValue(whatsapp), parse.GetValue(ticket)), parse.GetValue(by)!, BotDatabase.FromCommandLine(parse.GetValue(database)), Console.Out, Console.Error, cancellationToken));
        return new Command("privacy", "Carry out residents' requests for access to or erasure of their data.") { export, erase };
    }

    /// <returns>The one subject named, or null when none or more than one was given.</returns>
    internal static PrivacySubject? Subject(string? conversation, string? whatsapp, string? ticket)
    {
        PrivacySubject?[] given =
        [
            string.IsNullOrWhiteSpace(conversation) ? null : new(PrivacySubjectKind.Conversation, conversation.Trim()),
            string.IsNullOrWhiteSpace(whatsapp) ? null : new(PrivacySubjectKind.WhatsAppNumber, whatsapp.Trim()),
            string.IsNullOrWhiteSpace(ticket) ? null : new(PrivacySubjectKind.Ticket, ticket.Trim()),
        ];
        var named = given.OfType<PrivacySubject>().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    internal static async Task<int> ExportAsync(PrivacySubject? subject, FileInfo? target, BotDatabase database, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (await OpenAsync("export", subject, database, errors, cancellationToken) is not { } opened)
        {
            return 2;
        }

        var (stores, conversations) = opened;
        await using (stores)
        {
            if (conversations.Count == 0)
            {
                await errors.WriteLineAsync($"koo privacy export: nothing is stored for that {Describe(subject!)}.");
                return 1;
            }

            var json = (await stores.Privacy.ExportAsync(conversations, cancellationToken)).ToJsonString(Indented);
            if (target is null)
            {
                await output.WriteLineAsync(json);
                return 0;
            }

            await using (var file = new FileStream(target.FullName, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                if (!OperatingSystem.IsWindows())
                {
                    // The export is personal data: never readable by other users of the server.
                    File.SetUnixFileMode(file.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                await using var writer = new StreamWriter(file);
                await writer.WriteAsync(json);
            }

            await output.WriteLineAsync($"Exported {conversations.Count} conversation(s) to {target.FullName}.");
            return 0;
        }
    }

    internal static async Task<int> EraseAsync(PrivacySubject? subject, string by, BotDatabase database, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            await errors.WriteLineAsync("koo privacy erase: say who carries out the request with --by <name>; it goes into the audit log.");
            return 2;
        }

        if (await OpenAsync("erase", subject, database, errors, cancellationToken) is not { } opened)
        {
            return 2;
        }

        var (stores, conversations) = opened;
        await using (stores)
        {
            if (conversations.Count == 0)
            {
                await errors.WriteLineAsync($"koo privacy erase: nothing is stored for that {Describe(subject!)}.");
                return 1;
            }

            var erased = 0;
            foreach (var id in conversations)
            {
                erased += await stores.Conversations.EraseConversationAsync(id, "operator:" + by.Trim(), cancellationToken) ? 1 : 0;
            }

            await output.WriteLineAsync($"Erased {erased} conversation(s) with their transcripts, tickets, WhatsApp delivery data and insight rows. The audit log records the erasure by {by.Trim()}.");
            return 0;
        }
    }

    private static async Task<(BotStores Stores, IReadOnlyList<string> Conversations)?> OpenAsync(
        string command, PrivacySubject? subject, BotDatabase database, TextWriter errors, CancellationToken cancellationToken)
    {
        if (subject is null)
        {
            await errors.WriteLineAsync($"koo privacy {command}: name exactly one of --conversation <id>, --whatsapp <number> or --ticket <number>.");
            return null;
        }

        ArgumentNullException.ThrowIfNull(database);
        if (await database.OpenExistingAsync($"koo privacy {command}", errors, cancellationToken) is not { } stores)
        {
            return null;
        }

        if (subject.Kind == PrivacySubjectKind.WhatsAppNumber)
        {
            var (keyed, missing) = await WhatsAppKeyedConversation.ForAsync(subject.Value, database, stores, cancellationToken);
            if (missing is not null)
            {
                await errors.WriteLineAsync(
                    $"koo privacy {command}: {missing}, so the insight rows of this number's conversations that were deleted for their age (kept Insights:RetentionDays) cannot be found; run koo with the bot's WhatsApp settings.");
            }

            subject = subject with { KeyedConversationId = keyed };
        }

        return (stores, await stores.Privacy.FindConversationsAsync(subject, cancellationToken));
    }

    private static string Describe(PrivacySubject subject) => subject.Kind switch
    {
        PrivacySubjectKind.Conversation => "conversation id",
        PrivacySubjectKind.Ticket => "ticket",
        _ => "WhatsApp number",
    };
}
