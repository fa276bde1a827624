using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Ordering.Data;
using Shop.Ordering.Orders;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Staff;

/// <summary>
/// <c>/orders</c> and <c>/fulfill 1042</c> for staff, <c>/order 1042</c> for staff (any order) and customers (their own),
/// <c>/myorders</c> for customers. A number that is not the asker's own order gets the same answer as one that does not exist.
/// </summary>
public sealed class OrderCommandConsumer(OrderingDbContext db, IOptions<ShopOptions> shop, IOptions<OrderingOptions> ordering) : IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var ct = context.CancellationToken;
        var mine = OrderTexts.For(command.From.LanguageCode);
        var staff = OrderTexts.For(ordering.Value.StaffLanguage);
        var isStaff = shop.Value.IsOwner(command.From.Id);
        var reply = command.Command switch
        {
            "myorders" => new Reply(OrderViews.CustomerList(await db.CustomerOrdersAsync(command.From.Id, ct), mine)),
            "orders" when isStaff => await OpenOrdersAsync(staff, ct),
            "fulfill" when isStaff => await OrderAsync(command, staff, staff, isStaff, ct),
            "order" => await OrderAsync(command, mine, staff, isStaff, ct),
            _ => new Reply(new MessageContent(mine.StaffOnly)),
        };
        await context.Publish(new SendChatMessage(command.ChatId, reply.Content, reply.Tag), ct);
    }

    async Task<Reply> OpenOrdersAsync(OrderTexts staff, CancellationToken ct)
    {
        var (page, total) = await db.OpenOrdersAsync(0, ct);
        return new Reply(OrderViews.StaffList(page, 0, total, staff));
    }

    async Task<Reply> OrderAsync(CommandReceived command, OrderTexts mine, OrderTexts staff, bool isStaff, CancellationToken ct)
    {
        if (!TryParseNumber(command.Arguments, out var number)) return new Reply(new MessageContent(string.Format(mine.OrderUsage, command.Command)));
        var order = await db.FindByNumberAsync(number, ct);
        if (order is not null && isStaff)
            // Tagged like the alert, so the order's next change updates the view staff are looking at.
            return new Reply(OrderViews.StaffDetail(order, staff, ordering.Value.PickupAddress), OrderViews.Tag(order.CorrelationId));
        if (order is not null && order.CustomerId == command.From.Id && OrderStatus.Visible.Contains(order.CurrentState))
            return new Reply(OrderViews.Receipt(order, OrderTexts.For(order.Language)));
        return new Reply(new MessageContent(string.Format(mine.OrderNotFound, number)));
    }

    /// <summary>"1042" or "#1042"; anything else is not an order number.</summary>
    public static bool TryParseNumber(string arguments, out int number) =>
        int.TryParse(arguments.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;

    sealed record Reply(MessageContent Content, string? Tag = null);
}
