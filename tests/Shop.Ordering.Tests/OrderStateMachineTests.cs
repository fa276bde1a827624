using MassTransit;
using MassTransit.Testing;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Ordering.Orders;

namespace Shop.Ordering.Tests;

public sealed class When_an_order_is_submitted : IAsyncLifetime
{
    OrderSaga _saga = null!;

    public async Task InitializeAsync() => _saga = await OrderSaga.StartAsync();

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task Its_stock_is_reserved_and_once_reserved_the_customer_and_every_owner_are_told()
    {
        var orderId = await _saga.PlaceAsync();

        Assert.True(await _saga.Harness.Published.Any<ReserveStock>(m => m.Context.Message.OrderId == orderId));
        Assert.True(await _saga.Harness.Published.Any<OrderPlaced>(m => m.Context.Message.OrderId == orderId && m.Context.Message.TotalMinor == 3300));
        Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m =>
            m.Context.Message.ChatId == OrderSaga.Customer && m.Context.Message.Content.Text.Contains("Order #1042")));
        foreach (var owner in new[] { OrderSaga.Owner, OrderSaga.SecondOwner })
            Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m =>
                m.Context.Message.ChatId == owner && m.Context.Message.Tag == OrderViews.Tag(orderId)
                && m.Context.Message.Content.Keyboard!.Rows[0].Any(b => b.CallbackData == OrderButtons.Act(orderId, OrderAction.Accept))));
        var order = _saga.Machine.Sagas.Contains(orderId)!;
        Assert.Equal([OrderStatus.Placed], order.History.Select(h => h.To));
        Assert.NotNull(order.AcceptanceTimeoutTokenId);
    }

    [Fact]
    public async Task Submitting_the_same_order_again_changes_nothing()
    {
        var orderId = await _saga.PlaceAsync();

        await _saga.Publish(OrderSaga.Submit(orderId));
        await _saga.Publish(new StockReserved(orderId, DateTimeOffset.UtcNow));

        Assert.True(await _saga.Harness.Consumed.Any<StockReserved>(m => m.Context.Message.OrderId == orderId));
        await _saga.Harness.InactivityTask;
        Assert.Single(_saga.Harness.Published.Select<ReserveStock>(m => m.Context.Message.OrderId == orderId));
        Assert.Single(_saga.Harness.Published.Select<OrderPlaced>(m => m.Context.Message.OrderId == orderId));
        Assert.Single(_saga.Machine.Sagas.Contains(orderId)!.History);
    }

    [Fact]
    public async Task A_shortage_leaves_it_not_placed_and_tells_the_customer_what_ran_out()
    {
        var orderId = Guid.NewGuid();
        await _saga.Publish(OrderSaga.Submit(orderId));
        await _saga.Machine.Exists(orderId, m => m.Reserving);

        await _saga.Publish(new StockShortage(orderId, [new StockShortfall(Guid.NewGuid(), "Coffee beans", 2, 1)], DateTimeOffset.UtcNow));

        var order = await _saga.InState(orderId, m => m.NotPlaced);
        Assert.Contains("Coffee beans", order.Reason);
        Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m =>
            m.Context.Message.ChatId == OrderSaga.Customer && m.Context.Message.Content.Text.Contains("you asked for 2, 1 left")));
        Assert.False(await _saga.Harness.Published.Any<OrderPlaced>(m => m.Context.Message.OrderId == orderId));
    }
}

public sealed class When_staff_act_on_an_order : IAsyncLifetime
{
    OrderSaga _saga = null!;

    public async Task InitializeAsync() => _saga = await OrderSaga.StartAsync();

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task Accept_then_ship_then_deliver_tells_the_customer_each_time_and_updates_every_alert()
    {
        var orderId = await _saga.PlaceAsync();

        await _saga.Act(orderId, OrderAction.Accept, press: "q1");
        await _saga.InState(orderId, m => m.Accepted);
        await _saga.Act(orderId, OrderAction.MarkShipped, by: OrderSaga.SecondOwner);
        await _saga.InState(orderId, m => m.Shipped);
        await _saga.Act(orderId, OrderAction.MarkDelivered);
        var order = await _saga.InState(orderId, m => m.Delivered);

        Assert.Equal([OrderStatus.Placed, OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered], order.History.Select(h => h.To));
        Assert.Equal([null, OrderSaga.Owner, OrderSaga.SecondOwner, OrderSaga.Owner], order.History.Select(h => h.ByUserId));
        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "q1" && !m.Context.Message.ShowAlert));
        // The move is the whole answer: the refusal for requests that do not fit is judged before it, not after.
        Assert.False(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "q1" && m.Context.Message.ShowAlert));
        foreach (var text in new[] { "was accepted", "is on its way", "is delivered" })
            Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m =>
                m.Context.Message.ChatId == OrderSaga.Customer && m.Context.Message.Content.Text.Contains(text)), text);
        Assert.True(await _saga.Harness.Published.Any<EditTaggedMessage>(m =>
            m.Context.Message.ChatId == OrderSaga.SecondOwner && m.Context.Message.Content.Text.Contains("Status: delivered")));
        Assert.False(await _saga.Harness.Published.Any<ReleaseStock>(m => m.Context.Message.OrderId == orderId));
        Assert.Null(order.AcceptanceTimeoutTokenId);
    }

    [Fact]
    public async Task A_pickup_order_goes_ready_then_delivered_and_cannot_be_marked_shipped()
    {
        var orderId = await _saga.PlaceAsync(DeliveryMethod.Pickup);
        await _saga.Act(orderId, OrderAction.Accept);
        await _saga.InState(orderId, m => m.Accepted);

        await _saga.Act(orderId, OrderAction.MarkShipped, press: "wrong");
        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "wrong" && m.Context.Message.ShowAlert));
        await _saga.Act(orderId, OrderAction.MarkReadyForPickup);
        await _saga.InState(orderId, m => m.ReadyForPickup);
        Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m => m.Context.Message.Content.Text.Contains("ready for pickup: 1 Market Street")));
        await _saga.Act(orderId, OrderAction.MarkDelivered);
        await _saga.InState(orderId, m => m.Delivered);
    }

    [Fact]
    public async Task With_two_staff_pressing_at_once_the_first_wins_and_the_second_is_told_who()
    {
        var orderId = await _saga.PlaceAsync();

        await _saga.Act(orderId, OrderAction.Accept, by: OrderSaga.Owner, press: "first");
        await _saga.InState(orderId, m => m.Accepted);
        await _saga.Act(orderId, OrderAction.Accept, by: OrderSaga.SecondOwner, press: "second");

        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "second"
            && m.Context.Message.ShowAlert && m.Context.Message.Text!.Contains("already accepted by Staff 1001")));
        var order = _saga.Machine.Sagas.Contains(orderId)!;
        Assert.Equal(OrderStatus.Accepted, order.CurrentState);
        Assert.Equal(2, order.History.Count);
    }

    [Fact]
    public async Task Rejecting_with_a_reason_cancels_releases_the_stock_and_tells_the_customer_why()
    {
        var orderId = await _saga.PlaceAsync();

        await _saga.Act(orderId, OrderAction.Reject, reason: "Out of stock");

        var order = await _saga.InState(orderId, m => m.Cancelled);
        Assert.Equal("Out of stock", order.Reason);
        Assert.True(await _saga.Harness.Published.Any<ReleaseStock>(m => m.Context.Message.OrderId == orderId));
        Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m =>
            m.Context.Message.ChatId == OrderSaga.Customer && m.Context.Message.Content.Text.Contains("Reason: Out of stock")));
        Assert.True(await _saga.Harness.Published.Any<OrderStatusChanged>(m =>
            m.Context.Message.OrderId == orderId && m.Context.Message.To == OrderStatus.Cancelled && m.Context.Message.Reason == "Out of stock"));
    }

    [Fact]
    public async Task Someone_who_is_not_staff_cannot_accept()
    {
        var orderId = await _saga.PlaceAsync();

        await _saga.Act(orderId, OrderAction.Accept, by: 666, press: "forged");

        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "forged" && m.Context.Message.ShowAlert));
        Assert.Equal(OrderStatus.Placed, _saga.Machine.Sagas.Contains(orderId)!.CurrentState);
    }
}

public sealed class When_the_customer_cancels : IAsyncLifetime
{
    OrderSaga _saga = null!;

    public async Task InitializeAsync() => _saga = await OrderSaga.StartAsync();

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task Before_acceptance_the_order_is_cancelled_and_its_stock_released()
    {
        var orderId = await _saga.PlaceAsync();

        await _saga.Act(orderId, OrderAction.CancelByCustomer, by: OrderSaga.Customer);

        var order = await _saga.InState(orderId, m => m.Cancelled);
        Assert.Equal(OrderSaga.Customer, order.History[^1].ByUserId);
        Assert.Null(order.HandledBy);
        Assert.True(await _saga.Harness.Published.Any<ReleaseStock>(m => m.Context.Message.OrderId == orderId));
        Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m => m.Context.Message.Content.Text.Contains("is cancelled, as you asked")));
    }

    [Fact]
    public async Task After_acceptance_it_is_refused()
    {
        var orderId = await _saga.PlaceAsync();
        await _saga.Act(orderId, OrderAction.Accept);
        await _saga.InState(orderId, m => m.Accepted);

        await _saga.Act(orderId, OrderAction.CancelByCustomer, by: OrderSaga.Customer, press: "late");

        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "late" && m.Context.Message.ShowAlert));
        Assert.Equal(OrderStatus.Accepted, _saga.Machine.Sagas.Contains(orderId)!.CurrentState);
    }

    [Fact]
    public async Task Another_customer_cannot_cancel_it()
    {
        var orderId = await _saga.PlaceAsync();

        await _saga.Act(orderId, OrderAction.CancelByCustomer, by: 3003, press: "stranger");

        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "stranger" && m.Context.Message.ShowAlert));
        Assert.Equal(OrderStatus.Placed, _saga.Machine.Sagas.Contains(orderId)!.CurrentState);
    }
}

public sealed class When_nobody_accepts_in_time : IAsyncLifetime
{
    OrderSaga _saga = null!;

    public async Task InitializeAsync() => _saga = await OrderSaga.StartAsync(acceptanceTimeout: TimeSpan.FromSeconds(1));

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task The_order_is_cancelled_by_the_shop_and_its_stock_released()
    {
        var orderId = await _saga.PlaceAsync();

        var order = await _saga.InState(orderId, m => m.Cancelled);

        Assert.Null(order.History[^1].ByUserId);
        Assert.True(await _saga.Harness.Published.Any<ReleaseStock>(m => m.Context.Message.OrderId == orderId));
        Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m => m.Context.Message.Content.Text.Contains("could not confirm it in time")));
    }

    [Fact]
    public async Task An_order_accepted_before_the_timeout_stays_accepted()
    {
        var orderId = await _saga.PlaceAsync();
        await _saga.Act(orderId, OrderAction.Accept);
        await _saga.InState(orderId, m => m.Accepted);

        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(OrderStatus.Accepted, _saga.Machine.Sagas.Contains(orderId)!.CurrentState);
        Assert.False(await _saga.Harness.Published.Any<ReleaseStock>(m => m.Context.Message.OrderId == orderId));
    }
}
