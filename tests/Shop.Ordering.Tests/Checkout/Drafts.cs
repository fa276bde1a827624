using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Ordering.Checkout;

namespace Shop.Ordering.Tests.Checkout;

/// <summary>Drafts, requests and settings for the pure tests.</summary>
public static class Drafts
{
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);

    public static readonly CheckoutSettings Both = new([DeliveryMethod.Delivery, DeliveryMethod.Pickup], "1 Market Street, London");
    public static readonly CheckoutSettings DeliveryOnly = new([DeliveryMethod.Delivery], null);
    public static readonly CheckoutSettings PickupOnly = new([DeliveryMethod.Pickup], "1 Market Street, London");

    public static TelegramUser Anna(long id = 42, string? language = "en") => new(id, "Anna", "Smith", "anna", language);

    public static OrderLine Mug => new(Guid.Parse("11111111-1111-1111-1111-111111111111"), "Mug", 1250, 2);
    public static OrderLine Tea => new(Guid.Parse("22222222-2222-2222-2222-222222222222"), "Green tea", 499, 1);

    public static CheckoutRequested Request(TelegramUser? customer = null, params OrderLine[] lines)
    {
        var user = customer ?? Anna();
        return new CheckoutRequested(Guid.NewGuid(), user.Id, 77, user, "GBP", lines.Length == 0 ? [Mug, Tea] : lines, Now);
    }

    public static CheckoutDraft Started(CheckoutRequested? request = null)
    {
        var r = request ?? Request();
        var draft = new CheckoutDraft();
        CheckoutRules.Start(draft, r, CheckoutRules.Snapshot(r.Lines), Now);
        return draft;
    }

    /// <summary>A draft with every detail given, on the confirm step.</summary>
    public static CheckoutDraft ReadyToConfirm(DeliveryMethod method = DeliveryMethod.Delivery)
    {
        var draft = Started();
        draft.Name = "Anna Smith";
        draft.Phone = "+447700900123";
        draft.Delivery = method;
        draft.Address = method == DeliveryMethod.Delivery ? "10 Downing Street, London SW1A 2AA" : null;
        draft.Comment = "Ring twice";
        draft.Step = CheckoutStep.Confirm;
        return draft;
    }

    public static CheckoutPress Press(CheckoutDraft draft, CheckoutPressKind kind)
    {
        var data = kind switch
        {
            CheckoutPressKind.Continue => CheckoutButtons.Continue(draft.CheckoutId),
            CheckoutPressKind.UseSaved => CheckoutButtons.UseSaved(draft.CheckoutId),
            CheckoutPressKind.UseTelegramName => CheckoutButtons.UseTelegramName(draft.CheckoutId),
            CheckoutPressKind.Keep => CheckoutButtons.Keep(draft.CheckoutId, draft.Step),
            CheckoutPressKind.ChooseDelivery => CheckoutButtons.ChooseDelivery(draft.CheckoutId),
            CheckoutPressKind.ChoosePickup => CheckoutButtons.ChoosePickup(draft.CheckoutId),
            CheckoutPressKind.SkipComment => CheckoutButtons.SkipComment(draft.CheckoutId),
            CheckoutPressKind.Confirm => CheckoutButtons.Confirm(draft.CheckoutId),
            CheckoutPressKind.Change => CheckoutButtons.Change(draft.CheckoutId),
            CheckoutPressKind.Back => CheckoutButtons.Back(draft.CheckoutId, draft.Step),
            _ => CheckoutButtons.Cancel(draft.CheckoutId),
        };
        Assert.True(CheckoutButtons.TryParse(data, out var press));
        return press;
    }
}
