using Shop.Sandbox.Chats;

namespace Shop.Sandbox.Control;

/// <summary>A simulated user as the control API shows it.</summary>
internal sealed record UserView(long Id, string FirstName, string? LastName, string? Username, string? LanguageCode, bool Blocked)
{
    public static UserView From(SandboxUser user) =>
        new(user.Id, user.FirstName, user.LastName, user.Username, user.LanguageCode, user.BlockedBot);
}
