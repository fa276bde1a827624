using MassTransit;
using Npgsql;
using Shop.Cart.Shopping;
using Shop.Contracts.Catalog;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Storefront;

namespace Shop.Cart.Tests;

/// <summary>Checkout presses and placed orders on two Cart workers, with repeats, against real RabbitMQ and PostgreSQL.</summary>
public sealed class When_a_cart_is_checked_out(TwoCartWorkers workers) : IClassFixture<TwoCartWorkers>
{
    const int PressedMessageId = 77;
    static long _nextUser = 7000;

    static ButtonPressed Press(long userId, string data) =>
        new(0, NewId.NextGuid().ToString("N"), userId, PressedMessageId, new TelegramUser(userId, "Buyer", null, null, "en"), data,
            DateTimeOffset.UtcNow);

    /// <summary>Stands in for the Catalog: the product's state at <paramref name="version"/>, once the cart has its copy.</summary>
    async Task ProductAsync(Guid id, string title, long priceMinor, int stock, long version = 1)
    {
        var messageId = NewId.NextGuid();
        await workers.Publish(new ProductChanged(id, Guid.NewGuid(), title, "", priceMinor, "USD", null, stock, true, 0, version,
            DateTimeOffset.UtcNow), messageId);
        await workers.Consumed.WaitAsync("cart-product-changed", [messageId], 1);
    }

    async Task<Guid> NewProductAsync(string title, long priceMinor, int stock = 10)
    {
        var id = Guid.NewGuid();
        await ProductAsync(id, title, priceMinor, stock);
        return id;
    }

    /// <summary>Publishes <paramref name="press"/> under <paramref name="id"/> (a repeat when given again) and waits until <paramref name="queue"/> handled it.</summary>
    async Task<Guid> PressAsync(ButtonPressed press, string queue, Guid? id = null, int deliveries = 1)
    {
        var messageId = id ?? NewId.NextGuid();
        await workers.Publish(press, messageId);
        await workers.Consumed.WaitAsync(queue, [messageId], deliveries);
        return messageId;
    }

    Task AddAsync(long userId, Guid productId, int quantity) => PressAsync(Press(userId, Buttons.AddToCart(productId, quantity)), "cart-cart-button");

    /// <summary>Presses Checkout and waits until the recorder has what it published under <paramref name="purposes"/>.</summary>
    async Task<Guid> CheckoutAsync(ButtonPressed press, string[] purposes, Guid? id = null, int deliveries = 1)
    {
        var pressId = await PressAsync(press, "cart-checkout-button", id, deliveries);
        await workers.Consumed.WaitAsync("cart-recorder", purposes.Select(p => MessageIds.Derive(pressId, p)).ToList(), purposes.Length * deliveries);
        return pressId;
    }

    IReadOnlyList<(Guid Id, CheckoutRequested Message)> CheckoutsOf(long userId) =>
        workers.Recorded.All<CheckoutRequested>().Where(c => c.Message.ChatId == userId).ToList();

    async Task<IReadOnlyList<(Guid, long)>> CartOfAsync(long userId)
    {
        var lines = new List<(Guid, long)>();
        await using var connection = new NpgsqlConnection(workers.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT product_id, quantity FROM cart.cart_lines WHERE user_id = {userId} ORDER BY added_at, product_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add((reader.GetGuid(0), reader.GetInt32(1)));
        return lines;
    }

    static OrderPlaced Placed(CheckoutRequested checkout) =>
        new(checkout.CheckoutId, 1, checkout.Customer.Id, checkout.Currency, checkout.Lines.Sum(l => l.UnitPriceMinor * l.Quantity),
            checkout.Lines, DateTimeOffset.UtcNow);

    /// <summary>Checks out what <paramref name="userId"/> has in the cart and returns what Ordering was handed.</summary>
    async Task<CheckoutRequested> CheckedOutAsync(long userId)
    {
        await CheckoutAsync(Press(userId, CartButtons.Checkout), ["checkout", "answer"]);
        return Assert.Single(CheckoutsOf(userId)).Message;
    }

    /// <summary>Delivers <paramref name="order"/> <paramref name="times"/> times under one message id, all at once, and waits until each was handled.</summary>
    async Task<Guid> PlaceAsync(OrderPlaced order, int times)
    {
        var id = NewId.NextGuid();
        await Task.WhenAll(Enumerable.Range(0, times).Select(_ => workers.Publish(order, id)));
        await workers.Consumed.WaitAsync("cart-order-placed", [id], times);
        return id;
    }

    [Fact]
    public async Task Pressing_checkout_hands_ordering_one_snapshot_of_the_buyable_lines()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var mug = await NewProductAsync("Mug", 1250);
        var lamp = await NewProductAsync("Lamp", 9900, stock: 5);
        var poster = await NewProductAsync("Poster", 500);
        await AddAsync(userId, mug, 3);
        await AddAsync(userId, lamp, 4);
        await AddAsync(userId, poster, 1);
        await ProductAsync(lamp, "Lamp", 9900, stock: 2, version: 2);
        await ProductAsync(poster, "Poster", 500, stock: 0, version: 2);
        var press = Press(userId, CartButtons.Checkout);

        await CheckoutAsync(press, ["checkout", "answer"]);

        var checkout = Assert.Single(CheckoutsOf(userId)).Message;
        Assert.NotEqual(Guid.Empty, checkout.CheckoutId);
        Assert.Equal(PressedMessageId, checkout.MessageId);
        Assert.Equal(press.From, checkout.Customer);
        Assert.Equal("USD", checkout.Currency);
        Assert.Equal([new OrderLine(mug, "Mug", 1250, 3), new OrderLine(lamp, "Lamp", 9900, 2)], checkout.Lines);
        var answer = Assert.Single(workers.Recorded.All<AnswerButtonPress>(), a => a.Message.CallbackQueryId == press.CallbackQueryId);
        Assert.Equal(new AnswerButtonPress(press.CallbackQueryId), answer.Message);
        Assert.DoesNotContain(workers.Recorded.All<EditChatMessage>(), e => e.Message.ChatId == userId);
        Assert.Equal(3, (await CartOfAsync(userId)).Count);
    }

    [Fact]
    public async Task A_redelivered_press_hands_ordering_one_checkout()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        await AddAsync(userId, await NewProductAsync("Mug", 1250), 2);
        var press = Press(userId, CartButtons.Checkout);
        var id = NewId.NextGuid();

        await CheckoutAsync(press, ["checkout", "answer"], id);
        await PressAsync(press, "cart-checkout-button", id, deliveries: 2);

        Assert.Single(CheckoutsOf(userId));
        Assert.Single(workers.Recorded.All<AnswerButtonPress>(), a => a.Message.CallbackQueryId == press.CallbackQueryId);
    }

    [Fact]
    public async Task An_empty_cart_gets_an_alert_and_the_cart_and_no_checkout()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var press = Press(userId, CartButtons.Checkout);

        await CheckoutAsync(press, ["answer", "view"]);

        var answer = Assert.Single(workers.Recorded.All<AnswerButtonPress>(), a => a.Message.CallbackQueryId == press.CallbackQueryId).Message;
        Assert.True(answer.ShowAlert);
        Assert.Equal("There is nothing in your cart that can be bought now.", answer.Text);
        var view = Assert.Single(workers.Recorded.All<EditChatMessage>(), e => e.Message.ChatId == userId).Message;
        Assert.Equal(PressedMessageId, view.MessageId);
        Assert.Contains("Your cart is empty", view.Content.Text);
        Assert.Empty(CheckoutsOf(userId));
    }

    [Fact]
    public async Task An_order_delivered_twice_is_taken_out_of_the_cart_once()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var mug = await NewProductAsync("Mug", 1250);
        var pen = await NewProductAsync("Pen", 199);
        await AddAsync(userId, mug, 3);
        await AddAsync(userId, pen, 1);
        var checkout = await CheckedOutAsync(userId);
        await AddAsync(userId, mug, 2);

        var id = await PlaceAsync(Placed(checkout), times: 2);

        Assert.Equal([(mug, 2L)], await CartOfAsync(userId));
        Assert.Equal(1, await workers.Database.ScalarAsync(
            $"SELECT count(*) FROM cart.inbox_state WHERE message_id = '{id}' AND consumed IS NOT NULL"));
    }

    [Fact]
    public async Task A_line_added_after_checkout_stays()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var mug = await NewProductAsync("Mug", 1250);
        var cup = await NewProductAsync("Cup", 500);
        await AddAsync(userId, mug, 2);
        var checkout = await CheckedOutAsync(userId);
        await AddAsync(userId, cup, 1);

        await PlaceAsync(Placed(checkout), times: 1);

        Assert.Equal([(cup, 1L)], await CartOfAsync(userId));
    }
}
