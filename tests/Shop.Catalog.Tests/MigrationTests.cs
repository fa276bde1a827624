using Shop.Catalog.Data;
using Shop.Testing;

namespace Shop.Catalog.Tests;

public sealed class When_the_catalog_schema_is_migrated
{
    [Fact]
    public async Task It_matches_the_model_exactly()
    {
        var (migrated, fromModel) = await MigrationsMatchModel.DescribeBothAsync<CatalogDbContext>(
            options => new CatalogDbContext(options), CatalogDbContext.Schema);

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, migrated);
    }
}
