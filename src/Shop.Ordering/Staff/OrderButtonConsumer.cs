using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;
using Shop.Ordering.Data;
using Shop.Ordering.Orders;
using Shop.Ordering.Texts;
using Shop.Storefront.Routing;

namespace Shop.Ordering.Staff;

/// <summary>
/// Order buttons (<c>o:</c>, not checkout's): staff move orders on and read them, customers read and cancel their own.
/// Staff are checked against <c>Shop__OwnerIds</c> on every press (and again by the saga); a customer's order is found by
/// its id and then must be theirs, or they are told there is no such order.
/// </summary>
public sealed class OrderButtonConsumer(OrderingDbContext db, IOptions<ShopOptions> shop, IOptions<OrderingOptions> ordering, TimeProvider clock)
    : IConsumer<ButtonPressed>
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var mine = OrderTexts.For(press.From.LanguageCode);
        if (!OrderButtons.TryParse(press.Data, out var button))
        {
            await context.AnswerPress(press, mine.InvalidButton, alert: true);
            return;
        }
        var ct = context.CancellationToken;
        if (button.Kind is OrderPressKind.CustomerList)
        {
            await context.AnswerPress(press);
            await context.ShowInPlace(press, OrderViews.CustomerList(await db.CustomerOrdersAsync(press.From.Id, ct), mine));
            return;
        }
        if (button.Kind is OrderPressKind.CustomerView or OrderPressKind.AskCancel or OrderPressKind.Cancel)
        {
            await Customer(context, press, button, mine, ct);
            return;
        }
        var staff = OrderTexts.For(ordering.Value.StaffLanguage);
        if (!shop.Value.IsOwner(press.From.Id))
        {
            await context.AnswerPress(press, mine.StaffOnly, alert: true);
            return;
        }
        if (button.Kind is OrderPressKind.StaffList)
        {
            var (page, total) = await db.OpenOrdersAsync(button.Page, ct);
            await context.AnswerPress(press);
            await context.ShowInPlace(press, OrderViews.StaffList(page, button.Page, total, staff));
            return;
        }
        if (await db.FindAsync(button.OrderId, ct) is not { } order)
        {
            await context.AnswerPress(press, staff.InvalidButton, alert: true);
            return;
        }
        await Staff(context, press, button, order, staff, ct);
    }

    async Task Customer(ConsumeContext context, ButtonPressed press, OrderPress button, OrderTexts mine, CancellationToken ct)
    {
        // Someone else's order id gets the same answer as an id that does not exist: nothing is revealed.
        if (await db.FindAsync(button.OrderId, ct) is not { } order || order.CustomerId != press.From.Id)
        {
            await context.AnswerPress(press, mine.InvalidButton, alert: true);
            return;
        }
        var texts = OrderTexts.For(order.Language);
        switch (button.Kind)
        {
            case OrderPressKind.CustomerView:
                await context.AnswerPress(press);
                await context.ShowInPlace(press, OrderViews.Receipt(order, texts));
                break;
            case OrderPressKind.AskCancel when OrderRules.Target(order.CurrentState, OrderAction.CancelByCustomer, order.Delivery) is null:
                await context.AnswerPress(press, OrderViews.Refused(order, texts), alert: true);
                await context.ShowInPlace(press, OrderViews.Receipt(order, texts));
                break;
            case OrderPressKind.AskCancel:
                await context.AnswerPress(press);
                await context.ShowInPlace(press, OrderViews.ConfirmCancel(order, texts));
                break;
            default:
                // The saga answers the press: only it knows whether the cancellation came in time.
                await context.Publish(Request(order, OrderAction.CancelByCustomer, press, reason: null), ct);
                break;
        }
    }

    async Task Staff(ConsumeContext context, ButtonPressed press, OrderPress button, OrderState order, OrderTexts staff, CancellationToken ct)
    {
        switch (button.Kind)
        {
            case OrderPressKind.Act:
                await context.Publish(Request(order, button.Action, press, reason: null), ct);
                break;
            case OrderPressKind.RejectWithReason:
                var reason = OrderViews.ReasonText(button.Reason, OrderTexts.For(order.Language));
                await context.Publish(Request(order, OrderAction.Reject, press, reason), ct);
                break;
            case OrderPressKind.AskRejectReason when OrderRules.Target(order.CurrentState, OrderAction.Reject, order.Delivery) is null:
                await context.AnswerPress(press, OrderViews.Refused(order, staff), alert: true);
                await context.ShowInPlace(press, OrderViews.StaffAlert(order, staff, ordering.Value.PickupAddress));
                break;
            case OrderPressKind.AskRejectReason:
                await context.AnswerPress(press);
                await context.ShowInPlace(press, OrderViews.AskRejectReason(order, staff));
                break;
            case OrderPressKind.WriteRejectReason:
                await AskForReasonAsync(context, press, order, staff, ct);
                break;
            default:
                await context.AnswerPress(press);
                await context.ShowInPlace(press, OrderViews.StaffDetail(order, staff, ordering.Value.PickupAddress));
                break;
        }
    }

    async Task AskForReasonAsync(ConsumeContext context, ButtonPressed press, OrderState order, OrderTexts staff, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.StaffPrompts.Where(p => p.UserId == press.From.Id).ExecuteDeleteAsync(ct);
        db.StaffPrompts.Add(new StaffPrompt { UserId = press.From.Id, OrderId = order.CorrelationId, ChatId = press.ChatId, AskedAt = now });
        await db.SaveChangesAsync(ct);
        await context.ClaimConversation(press.From.Id, RouteTable.OrderRejectReason.Endpoint, now);
        await context.AnswerPress(press);
        await context.Publish(new SendChatMessage(press.ChatId,
            new MessageContent(string.Format(staff.WriteReason, order.Number, OrderChanges.MaxReasonLength))), ct);
    }

    ChangeOrderStatus Request(OrderState order, OrderAction action, ButtonPressed press, string? reason) =>
        new(order.CorrelationId, action, press.From.Id, DisplayName(press.From), reason, press.CallbackQueryId, clock.GetUtcNow());

    public static string DisplayName(TelegramUser user) =>
        user.LastName is { Length: > 0 } last ? $"{user.FirstName} {last}" : user.FirstName;
}
