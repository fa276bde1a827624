using System.Diagnostics.CodeAnalysis;
using Shop.Storefront;

namespace Shop.Ordering.Checkout;

/// <summary>
/// The callback data of the checkout's buttons (prefix <c>o:co:</c>, the checkout id in the 32-digit "N" format) and their
/// strict reading: anything that is not exactly one of these forms (a forged or garbled button) is refused, never guessed at.
/// </summary>
public static class CheckoutButtons
{
    public const string Prefix = Buttons.CheckoutPrefix;

    public static string Continue(Guid checkoutId) => $"{Prefix}go:{checkoutId:N}";

    public static string UseSaved(Guid checkoutId) => $"{Prefix}same:{checkoutId:N}";

    public static string UseTelegramName(Guid checkoutId) => $"{Prefix}tg:{checkoutId:N}";

    public static string Keep(Guid checkoutId, CheckoutStep step) => $"{Prefix}keep:{checkoutId:N}:{StepName(step)}";

    public static string ChooseDelivery(Guid checkoutId) => $"{Prefix}ship:{checkoutId:N}";

    public static string ChoosePickup(Guid checkoutId) => $"{Prefix}pick:{checkoutId:N}";

    public static string SkipComment(Guid checkoutId) => $"{Prefix}skip:{checkoutId:N}";

    public static string Confirm(Guid checkoutId) => $"{Prefix}ok:{checkoutId:N}";

    public static string Change(Guid checkoutId) => $"{Prefix}edit:{checkoutId:N}";

    public static string Back(Guid checkoutId, CheckoutStep step) => $"{Prefix}back:{checkoutId:N}:{StepName(step)}";

    public static string Cancel(Guid checkoutId) => $"{Prefix}x:{checkoutId:N}";

    public static bool TryParse(string data, [NotNullWhen(true)] out CheckoutPress? press)
    {
        press = data.Split(':') switch
        {
            ["o", "co", "go", var id] when TryParseId(id, out var checkoutId) =>
                new CheckoutPress(CheckoutPressKind.Continue, checkoutId, CheckoutStep.Summary),
            ["o", "co", "same", var id] when TryParseId(id, out var checkoutId) =>
                new CheckoutPress(CheckoutPressKind.UseSaved, checkoutId, CheckoutStep.Summary),
            ["o", "co", "tg", var id] when TryParseId(id, out var checkoutId) =>
                new CheckoutPress(CheckoutPressKind.UseTelegramName, checkoutId, CheckoutStep.Name),
            ["o", "co", "keep", var id, var step] when TryParseId(id, out var checkoutId) && TryParseStep(step, out var kept)
                    && kept is CheckoutStep.Name or CheckoutStep.Address or CheckoutStep.Comment =>
                new CheckoutPress(CheckoutPressKind.Keep, checkoutId, kept),
            ["o", "co", "ship", var id] when TryParseId(id, out var checkoutId) =>
                new CheckoutPress(CheckoutPressKind.ChooseDelivery, checkoutId, CheckoutStep.Delivery),
            ["o", "co", "pick", var id] when TryParseId(id, out var checkoutId) =>
                new CheckoutPress(CheckoutPressKind.ChoosePickup, checkoutId, CheckoutStep.Delivery),
            ["o", "co", "skip", var id] when TryParseId(id, out var checkoutId) =>
                new CheckoutPress(CheckoutPressKind.SkipComment, checkoutId, CheckoutStep.Comment),
            ["o", "co", "ok", var id] when TryParseId(id, out var checkoutId) =>
                new CheckoutPress(CheckoutPressKind.Confirm, checkoutId, CheckoutStep.Confirm),
            ["o", "co", "edit", var id] when TryParseId(id, out var checkoutId) =>
                new CheckoutPress(CheckoutPressKind.Change, checkoutId, CheckoutStep.Confirm),
            ["o", "co", "back", var id, var step] when TryParseId(id, out var checkoutId) && TryParseStep(step, out var from)
                    && from != CheckoutStep.Summary =>
                new CheckoutPress(CheckoutPressKind.Back, checkoutId, from),
            ["o", "co", "x", var id] when TryParseId(id, out var checkoutId) => new CheckoutPress(CheckoutPressKind.Cancel, checkoutId, null),
            _ => null,
        };
        return press is not null;
    }

    /// <summary>Lower-case step names, written out so renaming an enum member cannot silently break buttons already sent.</summary>
    static string StepName(CheckoutStep step) => step switch
    {
        CheckoutStep.Summary => "summary",
        CheckoutStep.Name => "name",
        CheckoutStep.Phone => "phone",
        CheckoutStep.Delivery => "delivery",
        CheckoutStep.Address => "address",
        CheckoutStep.Comment => "comment",
        CheckoutStep.Confirm => "confirm",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a checkout step."),
    };

    static bool TryParseStep(string text, out CheckoutStep step)
    {
        foreach (var candidate in Enum.GetValues<CheckoutStep>())
        {
            if (StepName(candidate) != text) continue;
            step = candidate;
            return true;
        }
        step = default;
        return false;
    }

    /// <summary>Only the exact lower-case form this class writes: the same id spelt differently is not one of our buttons.</summary>
    static bool TryParseId(string text, out Guid id) =>
        Guid.TryParseExact(text, "N", out id) && id != Guid.Empty && id.ToString("N") == text;
}
