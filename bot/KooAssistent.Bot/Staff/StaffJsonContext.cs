using System.Text.Json.Serialization;

namespace KooAssistent.Bot.Staff;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(StaffError))]
[JsonSerializable(typeof(SignInRequest))]
[JsonSerializable(typeof(SignInResponse))]
[JsonSerializable(typeof(SignOutResponse))]
[JsonSerializable(typeof(SignInOptionsResponse))]
[JsonSerializable(typeof(List<TicketQueueItemDto>))]
[JsonSerializable(typeof(TicketDetailDto))]
[JsonSerializable(typeof(TextRequest))]
[JsonSerializable(typeof(ResolveRequest))]
[JsonSerializable(typeof(List<AuditDto>))]
[JsonSerializable(typeof(NewAccountRequest))]
[JsonSerializable(typeof(List<AccountDto>))]
[JsonSerializable(typeof(PasswordRequest))]
[JsonSerializable(typeof(RoleRequest))]
[JsonSerializable(typeof(OwnPasswordRequest))]
[JsonSerializable(typeof(AssignRequest))]
[JsonSerializable(typeof(CallRequest))]
[JsonSerializable(typeof(List<ColleagueDto>))]
[JsonSerializable(typeof(List<CannedReplyDto>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StaffJsonContext : JsonSerializerContext;
