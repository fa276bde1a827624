using Shop.Messaging.IntegrationTests.Counter;
using Shop.Testing;

namespace Shop.Messaging.IntegrationTests;

public sealed class When_the_counter_schema_is_migrated
{
    [Fact]
    public async Task It_matches_the_model_exactly()
    {
        var (migrated, fromModel) = await MigrationsMatchModel.DescribeBothAsync<CounterDbContext>(
            options => new CounterDbContext(options), CounterDbContext.Schema);

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, migrated);
    }
}
