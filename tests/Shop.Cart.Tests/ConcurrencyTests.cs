using MassTransit;
using Shop.Contracts.Catalog;
using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Cart.Tests;

/// <summary>Presses for one user handled at once by two Cart workers, with repeats, against real RabbitMQ and PostgreSQL.</summary>
public sealed class When_presses_race_on_two_cart_workers(TwoCartWorkers workers) : IClassFixture<TwoCartWorkers>
{
    static long _nextUser = 5000;

    static ButtonPressed Press(long userId, string data) =>
        new(0, NewId.NextGuid().ToString("N"), userId, null, new TelegramUser(userId, "Racer", null, null, "en"), data, DateTimeOffset.UtcNow);

    static ProductChanged Product(Guid id, int stock, long version, bool active = true, string title = "Mug") =>
        new(id, Guid.NewGuid(), title, "", 1250, "USD", null, stock, active, 0, version, DateTimeOffset.UtcNow);

    async Task<Guid> KnownProductAsync(int stock)
    {
        var id = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        await workers.Publish(Product(id, stock, 1), messageId);
        await workers.Consumed.WaitAsync("cart-product-changed", [messageId], 1);
        return id;
    }

    /// <summary>Publishes every press at once, each id once and the repeats again, and waits until all were handled.</summary>
    async Task<IReadOnlyList<Guid>> PressAllAsync(long userId, IReadOnlyList<string> data, IReadOnlyList<int> repeated)
    {
        var ids = data.Select(_ => NewId.NextGuid()).ToList();
        var presses = data.Select(d => Press(userId, d)).ToList();
        var sends = ids.Select((id, i) => workers.Publish(presses[i], id))
            .Concat(repeated.Select(i => workers.Publish(presses[i], ids[i])));
        await Task.WhenAll(sends);
        await workers.Consumed.WaitAsync("cart-cart-button", ids, data.Count + repeated.Count);
        return ids;
    }

    Task<long> QuantityAsync(long userId, Guid productId) =>
        workers.Database.ScalarAsync($"SELECT coalesce(sum(quantity), 0) FROM cart.cart_lines WHERE user_id = {userId} AND product_id = '{productId}'");

    [Fact]
    public async Task Ten_fast_adds_with_repeats_add_exactly_ten()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var product = await KnownProductAsync(stock: 100);

        var ids = await PressAllAsync(userId, Enumerable.Repeat(Buttons.AddToCart(product, 1), 10).ToList(), repeated: [0, 3, 7, 7]);

        Assert.Equal(10, await QuantityAsync(userId, product));
        var idList = string.Join(", ", ids.Select(id => $"'{id}'"));
        // Every press is in the outbox's inbox as consumed; the repeats left no second row (one per consumer and message).
        Assert.Equal(10, await workers.Database.ScalarAsync(
            $"SELECT count(DISTINCT message_id) FROM cart.inbox_state WHERE consumed IS NOT NULL AND message_id IN ({idList})"));
    }

    [Fact]
    public async Task Plus_and_minus_at_once_end_where_their_sum_says()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var product = await KnownProductAsync(stock: 100);
        await PressAllAsync(userId, [Buttons.AddToCart(product, 5)], []);

        var presses = Enumerable.Repeat($"k:inc:{product:N}", 12).Concat(Enumerable.Repeat($"k:dec:{product:N}", 4)).ToList();
        await PressAllAsync(userId, presses, repeated: [0, 1, 12]);

        Assert.Equal(13, await QuantityAsync(userId, product));
    }

    [Fact]
    public async Task Adding_at_once_never_goes_beyond_the_stock()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var product = await KnownProductAsync(stock: 4);

        await PressAllAsync(userId, Enumerable.Repeat(Buttons.AddToCart(product, 1), 9).ToList(), []);

        Assert.Equal(4, await QuantityAsync(userId, product));
    }

    [Fact]
    public async Task A_forged_add_or_a_hidden_product_changes_nothing()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var hidden = Guid.NewGuid();
        var hiding = NewId.NextGuid();
        await workers.Publish(Product(hidden, 10, 1, active: false), hiding);
        await workers.Consumed.WaitAsync("cart-product-changed", [hiding], 1);

        await PressAllAsync(userId, [Buttons.AddToCart(Guid.NewGuid(), 1), Buttons.AddToCart(hidden, 1), "k:add:zz:1", "k:add:x"], []);

        Assert.Equal(0, await workers.Database.ScalarAsync($"SELECT count(*) FROM cart.cart_lines WHERE user_id = {userId}"));
    }

    [Fact]
    public async Task A_press_changes_only_the_pressers_own_cart()
    {
        var owner = Interlocked.Increment(ref _nextUser);
        var stranger = Interlocked.Increment(ref _nextUser);
        var product = await KnownProductAsync(stock: 10);
        await PressAllAsync(owner, [Buttons.AddToCart(product, 3)], []);

        await PressAllAsync(stranger, [$"k:del:{product:N}", $"k:dec:{product:N}", "k:clear:yes"], []);

        Assert.Equal(3, await QuantityAsync(owner, product));
    }

    [Fact]
    public async Task Emptying_removes_every_line()
    {
        var userId = Interlocked.Increment(ref _nextUser);
        var first = await KnownProductAsync(stock: 10);
        var second = await KnownProductAsync(stock: 10);
        await PressAllAsync(userId, [Buttons.AddToCart(first, 1), Buttons.AddToCart(second, 2)], []);

        await PressAllAsync(userId, ["k:clear:yes"], []);

        Assert.Equal(0, await workers.Database.ScalarAsync($"SELECT count(*) FROM cart.cart_lines WHERE user_id = {userId}"));
    }

    [Fact]
    public async Task Product_events_out_of_order_or_repeated_leave_the_newest_state()
    {
        var product = Guid.NewGuid();
        var ids = new[] { NewId.NextGuid(), NewId.NextGuid(), NewId.NextGuid() };

        await workers.Publish(Product(product, 7, 3, title: "Newest"), ids[0]);
        await workers.Consumed.WaitAsync("cart-product-changed", ids, 1);
        await workers.Publish(Product(product, 100, 1, title: "Oldest"), ids[1]);
        await workers.Publish(Product(product, 50, 2, title: "Older"), ids[2]);
        await workers.Publish(Product(product, 7, 3, title: "Newest"), ids[0]);
        await workers.Consumed.WaitAsync("cart-product-changed", ids, 4);

        Assert.Equal(7, await workers.Database.ScalarAsync($"SELECT stock FROM cart.products WHERE product_id = '{product}'"));
        Assert.Equal(3, await workers.Database.ScalarAsync($"SELECT version FROM cart.products WHERE product_id = '{product}'"));
    }
}
