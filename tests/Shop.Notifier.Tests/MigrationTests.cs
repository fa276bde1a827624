using Shop.Notifier.Data;
using Shop.Testing;

namespace Shop.Notifier.Tests;

public sealed class When_the_notifier_schema_is_migrated
{
    [Fact]
    public async Task It_matches_the_model_exactly()
    {
        var (migrated, fromModel) = await MigrationsMatchModel.DescribeBothAsync<NotifierDbContext>(
            options => new NotifierDbContext(options), NotifierDbContext.Schema);

        Assert.NotEmpty(fromModel);
        Assert.Contains(fromModel, row => row.StartsWith("column tagged_messages.", StringComparison.Ordinal));
        Assert.Equal(fromModel, migrated);
    }
}
