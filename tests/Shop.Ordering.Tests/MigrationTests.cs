using Shop.Ordering.Data;
using Shop.Testing;

namespace Shop.Ordering.Tests;

public sealed class When_the_ordering_schema_is_migrated
{
    [Fact]
    public async Task It_matches_the_model_exactly()
    {
        var (migrated, fromModel) = await MigrationsMatchModel.DescribeBothAsync<OrderingDbContext>(
            options => new OrderingDbContext(options), OrderingDbContext.Schema);

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, migrated);
    }
}
