using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Shop.Messaging;

namespace Shop.Ordering.Tests;

public sealed class When_choosing_the_staff_language
{
    static string? StaffLanguage(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
            .Append(new("Shop:OwnerIds", "1001")).Append(new("Ordering:PickupAddress", "1 Market Street")));
        builder.AddShopDefaults();
        builder.AddOrderingWorker();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<OrderingOptions>>().Value.StaffLanguage;
    }

    [Fact]
    public void The_shops_setting_is_used_unless_the_older_ordering_setting_is_given()
    {
        Assert.Equal("en", StaffLanguage());
        Assert.Equal("ru", StaffLanguage(("Shop:StaffLanguage", "ru")));
        Assert.Equal("en", StaffLanguage(("Shop:StaffLanguage", "ru"), ("Ordering:StaffLanguage", "en")));
    }
}
