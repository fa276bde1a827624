using Shop.Access.Data;
using Shop.Testing;

namespace Shop.Access.Tests;

public sealed class When_the_access_schema_is_migrated
{
    [Fact]
    public async Task It_matches_the_model_exactly()
    {
        var (migrated, fromModel) = await MigrationsMatchModel.DescribeBothAsync<AccessDbContext>(
            options => new AccessDbContext(options), AccessDbContext.Schema);

        Assert.NotEmpty(fromModel);
        Assert.Contains(fromModel, line => line.StartsWith("column access_audit.by_user_id", StringComparison.Ordinal));
        Assert.Equal(fromModel, migrated);
    }
}
