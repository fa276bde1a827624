using Microsoft.AspNetCore.Builder;
using Shop.Access;

namespace Shop.EndToEnd.Tests;

/// <summary>The whole shop in private mode (<c>Shop__AccessMode=ApprovalRequired</c>), with the Access worker running.</summary>
public sealed class PrivateShopUnderTest : ShopUnderTest
{
    protected override void Configure(IDictionary<string, string?> settings) => settings["Shop:AccessMode"] = "ApprovalRequired";

    protected override IEnumerable<(string Name, Action<WebApplicationBuilder> Add)> ExtraWorkers =>
        [("Shop.Access", builder => builder.AddAccessWorker())];
}
