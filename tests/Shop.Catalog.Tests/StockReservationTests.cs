using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Contracts.Catalog;
using Shop.Contracts.Ordering;
using Shop.Messaging;

namespace Shop.Catalog.Tests;

/// <summary>Stock reservations for the Ordering saga, against two competing Catalog workers on real RabbitMQ and PostgreSQL.</summary>
public sealed class When_orders_reserve_stock(CompetingCatalogsUnderTest catalog) : IClassFixture<CompetingCatalogsUnderTest>
{
    [Fact]
    public async Task A_reservation_takes_every_line_out_of_stock_and_publishes_the_new_stock()
    {
        var beans = await ProductAsync("Coffee Beans", stock: 5);
        var mug = await ProductAsync("Stoneware Mug", stock: 3);
        var order = Guid.NewGuid();
        var after = catalog.Recorded.Count;

        await catalog.PublishAsync(new ReserveStock(order, [Line(beans, 2), Line(mug, 3)]));
        var reserved = await catalog.Recorded.WaitForAsync<StockReserved>(r => r.OrderId == order, after);
        var beansChanged = await catalog.Recorded.WaitForAsync<ProductChanged>(p => p.ProductId == beans.Id, after);
        var mugChanged = await catalog.Recorded.WaitForAsync<ProductChanged>(p => p.ProductId == mug.Id, after);

        Assert.Equal((3, 2L, reserved.ReservedAt), (beansChanged.Stock, beansChanged.Version, beansChanged.ChangedAt));
        Assert.Equal((0, 2L, reserved.ReservedAt), (mugChanged.Stock, mugChanged.Version, mugChanged.ChangedAt));
        Assert.Equal((beans.Title, beans.PriceMinor, true), (beansChanged.Title, beansChanged.PriceMinor, beansChanged.Active));
        Assert.Equal(3, await StockAsync(beans));
        Assert.Equal(0, await StockAsync(mug));
        Assert.Equal(5, await catalog.Database.ScalarAsync($"SELECT sum(quantity) FROM catalog.stock_reservation_lines WHERE order_id = '{order}'"));
    }

    [Fact]
    public async Task A_shortage_changes_nothing_and_lists_every_refusedline()
    {
        var beans = await ProductAsync("Coffee Beans", stock: 3);
        var hidden = await ProductAsync("Hidden Tea", stock: 10, active: false);
        var scarce = await ProductAsync("Rare Honey", stock: 1);
        var gone = new OrderLine(Guid.NewGuid(), "Old Kettle", 2500, 1);
        var order = Guid.NewGuid();
        var after = catalog.Recorded.Count;

        await catalog.PublishAsync(new ReserveStock(order, [Line(beans, 2), Line(hidden, 1), gone, Line(scarce, 2)]));
        var shortage = await catalog.Recorded.WaitForAsync<StockShortage>(s => s.OrderId == order, after);

        Assert.Equal(
            [
                new StockShortfall(hidden.Id, "Hidden Tea", 1, 0),
                new StockShortfall(gone.ProductId, "Old Kettle", 1, 0),
                new StockShortfall(scarce.Id, "Rare Honey", 2, 1),
            ],
            shortage.Shortfalls);
        Assert.Equal((3L, 1L), (await StockAsync(beans), await VersionAsync(beans)));
        Assert.Equal((1L, 1L), (await StockAsync(scarce), await VersionAsync(scarce)));
        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.stock_reservations WHERE order_id = '{order}'"));

        // Nothing was recorded against the order, so a new command for it is weighed afresh.
        await catalog.PublishAsync(new ReserveStock(order, [Line(beans, 2)]));
        await catalog.Recorded.WaitForAsync<StockReserved>(r => r.OrderId == order, after);
        Assert.Equal(1, await StockAsync(beans));
    }

    [Fact]
    public async Task Twenty_orders_racing_for_five_units_on_two_workers_reserve_exactly_five()
    {
        var last = await ProductAsync("Limited Edition Grinder", stock: 5);
        var orders = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToHashSet();
        var after = catalog.Recorded.Count;

        await Task.WhenAll(orders.Select(order => catalog.PublishAsync(new ReserveStock(order, [Line(last, 1)]))));
        await Eventually(() => Answered(after, orders) == 20);

        var reserved = catalog.Recorded.All<StockReserved>(after).Where(r => orders.Contains(r.Message.OrderId)).ToList();
        var refused = catalog.Recorded.All<StockShortage>(after).Where(s => orders.Contains(s.Message.OrderId)).ToList();
        Assert.Equal(5, reserved.Select(r => r.Message.OrderId).Distinct().Count());
        Assert.Equal(15, refused.Select(s => s.Message.OrderId).Distinct().Count());
        Assert.All(refused, s => Assert.Equal(new StockShortfall(last.Id, last.Title, 1, 0), Assert.Single(s.Message.Shortfalls)));
        Assert.Equal(0, await StockAsync(last));
        Assert.Equal(6, await VersionAsync(last));
        Assert.Equal(5, await catalog.Database.ScalarAsync($"SELECT sum(quantity) FROM catalog.stock_reservation_lines WHERE product_id = '{last.Id}'"));
        await Eventually(() => catalog.Recorded.All<ProductChanged>(after).Count(p => p.Message.ProductId == last.Id) == 5);
        var changes = catalog.Recorded.All<ProductChanged>(after).Where(p => p.Message.ProductId == last.Id).Select(p => p.Message).ToList();
        Assert.Equal([(2L, 4), (3L, 3), (4L, 2), (5L, 1), (6L, 0)], changes.Select(p => (p.Version, p.Stock)).Order().ToList());
    }

    [Fact]
    public async Task A_duplicate_reserve_reserves_once_and_a_new_command_is_answered_again()
    {
        var teapot = await ProductAsync("Cast Iron Teapot", stock: 4);
        var order = Guid.NewGuid();
        var command = new ReserveStock(order, [Line(teapot, 3)]);
        var messageId = Guid.NewGuid();
        var after = catalog.Recorded.Count;

        // Two copies of one message (a redelivery) at once, one on each worker, then the same command sent again: the copy
        // does nothing, the new command is answered from the order's reservation.
        await Task.WhenAll(catalog.PublishAsync(command, messageId), catalog.PublishAsync(command, messageId));
        await Eventually(() => catalog.Recorded.All<Consumed>(after).Count(c => c.Message.MessageId == messageId) == 2);
        await catalog.PublishAsync(command);
        await Eventually(() => catalog.Recorded.All<StockReserved>(after).Count(r => r.Message.OrderId == order) == 2);

        Assert.Equal((1L, 2L), (await StockAsync(teapot), await VersionAsync(teapot)));
        Assert.Equal(3, await catalog.Database.ScalarAsync($"SELECT sum(quantity) FROM catalog.stock_reservation_lines WHERE order_id = '{order}'"));
        var answers = catalog.Recorded.All<StockReserved>(after).Where(r => r.Message.OrderId == order).ToList();
        Assert.Equal(2, answers.Select(r => r.Id).Distinct().Count());
        Assert.Single(answers.Select(r => r.Message).Distinct());
        Assert.Single(catalog.Recorded.All<ProductChanged>(after), p => p.Message.ProductId == teapot.Id);
    }

    [Fact]
    public async Task A_release_puts_the_stock_back_once_and_a_later_reserve_takes_nothing()
    {
        var kettle = await ProductAsync("Gooseneck Kettle", stock: 5);
        var order = Guid.NewGuid();
        var after = catalog.Recorded.Count;
        await catalog.PublishAsync(new ReserveStock(order, [Line(kettle, 2)]));
        await catalog.Recorded.WaitForAsync<StockReserved>(r => r.OrderId == order, after);
        Assert.Equal(3, await StockAsync(kettle));

        var release = await catalog.PublishAsync(new ReleaseStock(order));
        var restored = await catalog.Recorded.WaitForAsync<ProductChanged>(p => p.ProductId == kettle.Id && p.Stock == 5, after);
        var again = await catalog.PublishAsync(new ReleaseStock(order));
        var copy = catalog.Recorded.Count;
        await catalog.PublishAsync(new ReleaseStock(order), release);
        await InboxedAsync(again);
        await catalog.ConsumedAsync(release, "catalog-release-stock", copy);
        var late = await catalog.PublishAsync(new ReserveStock(order, [Line(kettle, 2)]));
        await InboxedAsync(late);

        Assert.Equal(3L, restored.Version);
        Assert.Equal((5L, 3L), (await StockAsync(kettle), await VersionAsync(kettle)));
        Assert.Single(catalog.Recorded.All<ProductChanged>(after), p => p.Message.ProductId == kettle.Id && p.Message.Stock == 5);
        Assert.Single(catalog.Recorded.All<StockReserved>(after), r => r.Message.OrderId == order);
        Assert.Equal(1, await catalog.Database.ScalarAsync(
            $"SELECT count(*) FROM catalog.stock_reservations WHERE order_id = '{order}' AND reserved_at IS NOT NULL AND released_at IS NOT NULL"));
    }

    [Fact]
    public async Task Releasing_an_unknown_order_is_harmless_and_closes_it()
    {
        var spoon = await ProductAsync("Measuring Spoon", stock: 2);
        var order = Guid.NewGuid();
        var after = catalog.Recorded.Count;

        await InboxedAsync(await catalog.PublishAsync(new ReleaseStock(order)));
        // A reservation overtaken by its release must not take what nobody would give back.
        await InboxedAsync(await catalog.PublishAsync(new ReserveStock(order, [Line(spoon, 1)])));

        Assert.Equal((2L, 1L), (await StockAsync(spoon), await VersionAsync(spoon)));
        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.stock_reservation_lines WHERE order_id = '{order}'"));
        Assert.DoesNotContain(catalog.Recorded.All<ProductChanged>(after), p => p.Message.ProductId == spoon.Id);
        Assert.DoesNotContain(catalog.Recorded.All<StockReserved>(after), r => r.Message.OrderId == order);
    }

    static OrderLine Line(Product product, int quantity) => new(product.Id, product.Title, product.PriceMinor, quantity);

    int Answered(int after, IReadOnlySet<Guid> orders) =>
        catalog.Recorded.All<StockReserved>(after).Select(r => r.Message.OrderId)
            .Concat(catalog.Recorded.All<StockShortage>(after).Select(s => s.Message.OrderId))
            .Where(orders.Contains).Distinct().Count();

    async Task<Product> ProductAsync(string title, int stock, bool active = true)
    {
        await using var db = new CatalogDbContext((DbContextOptions<CatalogDbContext>)ShopDatabase.Configure(
            new DbContextOptionsBuilder<CatalogDbContext>(), CatalogDbContext.Schema, catalog.Database.ConnectionString).Options);
        var category = new Category { Id = Guid.NewGuid(), Title = $"Shelf {title}", Position = 1, Version = 1, UpdatedAt = DateTimeOffset.UtcNow };
        var product = new Product
        {
            Id = Guid.NewGuid(), CategoryId = category.Id, Title = title, Description = "", PriceMinor = 990, Currency = "EUR",
            Stock = stock, Active = active, Position = 1, Version = 1, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.AddRange(category, product);
        await db.SaveChangesAsync();
        return product;
    }

    async Task<long> StockAsync(Product product) =>
        await catalog.Database.ScalarAsync($"SELECT stock FROM catalog.products WHERE id = '{product.Id}'");

    async Task<long> VersionAsync(Product product) =>
        await catalog.Database.ScalarAsync($"SELECT version FROM catalog.products WHERE id = '{product.Id}'");

    /// <summary>Waits until a worker has applied (and committed) the message: its inbox row says it was consumed.</summary>
    Task InboxedAsync(Guid messageId) =>
        Eventually(async () => await catalog.Database.ScalarAsync(
            $"SELECT count(*) FROM catalog.inbox_state WHERE message_id = '{messageId}' AND consumed IS NOT NULL") == 1);

    static Task Eventually(Func<bool> condition) => Eventually(() => Task.FromResult(condition()));

    static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The condition was never reached.");
            await Task.Delay(50);
        }
    }
}
