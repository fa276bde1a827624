using Microsoft.Extensions.Options;

namespace Shop.Messaging;

/// <summary>Fails start-up with one line naming <c>Shop__OwnerIds</c> when it is missing or malformed, and <c>Shop__AccessMode</c> when it is not a mode.</summary>
public sealed class ShopOptionsValidator : IValidateOptions<ShopOptions>
{
    public ValidateOptionsResult Validate(string? name, ShopOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.OwnerIds))
            return ValidateOptionsResult.Fail("Shop__OwnerIds is missing (comma-separated Telegram user ids of the owner and staff)");
        if (options.AdminChatId == 0)
            return ValidateOptionsResult.Fail("Shop__AdminChatId is 0 (expected the Telegram id of the staff group, e.g. -1001234567890, or nothing)");
        if (ShopOptions.ParseAccessMode(options.AccessMode) is null)
            return ValidateOptionsResult.Fail("Shop__AccessMode is malformed (expected Open or ApprovalRequired)");
        return ShopOptions.ParseOwnerIds(options.OwnerIds) is null
            ? ValidateOptionsResult.Fail("Shop__OwnerIds is malformed (expected comma-separated positive Telegram user ids, e.g. 1001,1002)")
            : ValidateOptionsResult.Success;
    }
}
