using Shop.Cart.Data;
using Shop.Testing;

namespace Shop.Cart.Tests;

public sealed class When_the_cart_schema_is_migrated
{
    [Fact]
    public async Task It_matches_the_model_exactly()
    {
        var (migrated, fromModel) = await MigrationsMatchModel.DescribeBothAsync<CartDbContext>(
            options => new CartDbContext(options), CartDbContext.Schema);

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, migrated);
    }
}
