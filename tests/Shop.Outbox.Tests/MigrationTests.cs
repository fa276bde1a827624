using Shop.Outbox.Tests.Orders;
using Shop.Testing;

namespace Shop.Outbox.Tests;

public sealed class When_a_schema_with_the_outbox_is_migrated
{
    [Fact]
    public async Task It_matches_the_model_exactly()
    {
        var (migrated, fromModel) = await MigrationsMatchModel.DescribeBothAsync<OutboxTestDbContext>(
            options => new OutboxTestDbContext(options), OutboxTestDbContext.Schema);

        Assert.Contains(fromModel, line => line.StartsWith("column outbox_message.", StringComparison.Ordinal));
        Assert.Contains(fromModel, line => line.StartsWith("column inbox_state.", StringComparison.Ordinal));
        Assert.Equal(fromModel, migrated);
    }
}
