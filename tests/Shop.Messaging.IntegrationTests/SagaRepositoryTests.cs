using MassTransit;
using Shop.Messaging.IntegrationTests.Counter;

namespace Shop.Messaging.IntegrationTests;

/// <summary>The EF Core saga repository against real PostgreSQL and RabbitMQ, with two workers competing for one queue.</summary>
public sealed class When_events_reach_a_saga_stored_in_postgres(CounterWorkers workers) : IClassFixture<CounterWorkers>
{
    [Fact]
    public async Task Two_hundred_concurrent_increments_are_each_applied_exactly_once()
    {
        var counterId = NewId.NextGuid();

        // No Started first: the first increments race each other to insert the instance.
        var ids = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => workers.Publish(new CounterIncremented(counterId))));
        await workers.Handled.WaitForAsync(ids, TimeSpan.FromSeconds(120));

        Assert.Empty(ids.SelectMany(workers.Handled.Faults));
        Assert.Equal(200, await workers.CountAsync(counterId));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_is_applied_once()
    {
        var counterId = NewId.NextGuid();
        await workers.Handled.WaitForAsync([await workers.Publish(new CounterStarted(counterId, $"twice-{counterId}"))]);

        var duplicate = NewId.NextGuid();
        var ids = new[]
        {
            await workers.Publish(new CounterIncremented(counterId), duplicate),
            await workers.Publish(new CounterIncremented(counterId), duplicate),
            await workers.Publish(new CounterIncremented(counterId)),
        };
        await workers.Handled.WaitForAsync(ids);

        Assert.Equal(2, await workers.CountAsync(counterId));
    }

    [Fact]
    public async Task Finishing_removes_the_instance()
    {
        var counterId = NewId.NextGuid();
        await workers.Handled.WaitForAsync([
            await workers.Publish(new CounterStarted(counterId, $"finish-{counterId}")),
        ]);
        await workers.Handled.WaitForAsync([await workers.Publish(new CounterIncremented(counterId))]);
        Assert.Equal(1, await workers.RowsAsync(counterId));

        var finished = await workers.Publish(new CounterFinished(counterId));
        await workers.Handled.WaitForAsync([finished]);

        Assert.Empty(workers.Handled.Faults(finished));
        Assert.Equal(0, await workers.RowsAsync(counterId));
    }

    [Fact]
    public async Task An_event_for_a_missing_instance_is_ignored_and_creates_nothing()
    {
        var counterId = NewId.NextGuid();

        var finished = await workers.Publish(new CounterFinished(counterId));
        await workers.Handled.WaitForAsync([finished]);

        // MassTransit's default for an event no state accepts without an instance: consumed, nothing done.
        Assert.Empty(workers.Handled.Faults(finished));
        Assert.Equal(1, workers.Handled.Consumed(finished));
        Assert.Equal(0, await workers.RowsAsync(counterId));
    }

    [Fact]
    public async Task Events_correlated_by_a_query_update_the_matching_instance()
    {
        var counterId = NewId.NextGuid();
        var label = $"query-{counterId}";
        await workers.Handled.WaitForAsync([await workers.Publish(new CounterStarted(counterId, label))]);

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => workers.Publish(new LabelledCounterIncremented(label))));
        await workers.Handled.WaitForAsync(ids);

        Assert.Empty(ids.SelectMany(workers.Handled.Faults));
        Assert.Equal(20, await workers.CountAsync(counterId));
    }
}
