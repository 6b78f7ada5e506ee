namespace KooAssistent.Bot.Channels.DirectLine;

public enum TokenVerdict
{
    Valid,

    /// <summary>Signed by us but past its lifetime: Direct Line answers 403 <c>TokenExpired</c> so clients know to start over.</summary>
    Expired,

    Invalid,
}
