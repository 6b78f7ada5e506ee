using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Bot.Staff;

public sealed record SignInRequest(string? Username, string? Password);

public sealed record SignInResponse(string CsrfToken, string Username, string Role, string? Team);

/// <summary>The identity provider's sign-out address, for a session that was signed in there.</summary>
public sealed record SignOutResponse(string EndSessionUrl);

/// <summary>Which ways in the sign-in page offers: the password form and the identity provider's button.</summary>
public sealed record SignInOptionsResponse(bool Local, bool IdentityProvider);

/// <summary>
/// One row of the inbox: what a worker needs to choose what to pick up. <paramref name="Number"/> is the short number a
/// worker reads out ("K4M-9QXT"); <paramref name="Subject"/> the life domains or theme in words;
/// <paramref name="Channel"/> "directline" (Web Chat) or "whatsapp". <paramref name="Preview"/> is the resident's last
/// message, redacted and cut to one line (<see cref="Inbox.InboxPreview"/>), only for a ticket the worker may open;
/// <paramref name="Unread"/> counts the resident's messages since this worker last opened the ticket. Every list read
/// is audited; the whole transcript comes with <see cref="TicketDetailDto"/>, whose every read is audited too.
/// </summary>
public sealed record TicketQueueItemDto(
    string Id,
    string Number,
    string ConversationId,
    string Status,
    string Team,
    string Urgency,
    DateTimeOffset WaitingSince,
    string? AssignedTo,
    string Theme,
    IReadOnlyList<string> Domains,
    string Language,
    string Subject,
    string Channel,
    string? FirstName,
    string? Preview,
    int Unread,
    bool CallBack);

/// <summary>The summary of a handoff in the words a worker reads (<see cref="TicketWordsMapper"/>).</summary>
public sealed record TicketWordsDto(
    string Subject,
    string? Theme,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Pressure,
    IReadOnlyList<string> Facts,
    string Contact,
    string Language);

/// <summary>One message of the conversation; <paramref name="Author"/> is "resident", "bot" or "worker" (then <paramref name="Name"/> is the worker's display name).</summary>
public sealed record TranscriptLine(long Sequence, string From, string? Name, string? Text, DateTimeOffset? Timestamp, string Author);

public sealed record NoteDto(string Author, string Text, DateTimeOffset CreatedAt);

public sealed record TicketDetailDto(
    string Id,
    string Number,
    string ConversationId,
    string Status,
    string Team,
    string Urgency,
    DateTimeOffset WaitingSince,
    HandoffRequest Summary,
    string? AssignedTo,
    string? Outcome,
    IReadOnlyList<TranscriptLine> Transcript,
    IReadOnlyList<NoteDto> Notes,
    TicketWordsDto Words,
    string Channel,
    DateTimeOffset? WhatsAppWindowClosesAt,
    IReadOnlyList<KooAssistent.Storage.Inbox.CallDto> Calls);

public sealed record TextRequest(string? Text);

public sealed record ResolveRequest(string? Outcome);

public sealed record AuditDto(DateTimeOffset At, string Actor, string Action, string? TicketId, string? ConversationId);

public sealed record NewAccountRequest(string? Username, string? DisplayName, string? Role, string? Team, string? Password);

public sealed record AccountDto(string Username, string DisplayName, string Role, string? Team, bool Locked, bool Disabled);

public sealed record PasswordRequest(string? Password);

public sealed record RoleRequest(string? Role, string? Team, string? DisplayName);

public sealed record OwnPasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record AssignRequest(string? Username);

public sealed record CallRequest(string? Outcome);

/// <summary>A colleague a ticket can be handed to: the sign-in name (to choose) and the display name (to read).</summary>
public sealed record ColleagueDto(string Username, string DisplayName);

/// <summary>A standard reply with its placeholders filled in for one ticket and the worker asking.</summary>
public sealed record CannedReplyDto(string Id, string Title, string Text);
