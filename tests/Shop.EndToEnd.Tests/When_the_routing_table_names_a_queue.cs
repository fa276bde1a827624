using System.Reflection;
using MassTransit;
using Shop.Messaging;
using Shop.Messaging.Routing;
using Shop.Storefront.Routing;

namespace Shop.EndToEnd.Tests;

/// <summary>The routing table and the workers agree: each handler it names is a consumer of users' updates whose queue has that name.</summary>
public sealed class When_the_routing_table_names_a_queue
{
    static readonly Assembly[] Workers =
    [
        typeof(Cart.HostingExtensions).Assembly, typeof(Catalog.HostingExtensions).Assembly,
        typeof(Ordering.HostingExtensions).Assembly, typeof(Access.HostingExtensions).Assembly,
    ];

    public static TheoryData<string> Handlers() => new(Endpoints());

    static IEnumerable<string> Endpoints()
    {
        var table = RouteTable.Current;
        return table.ButtonPrefixes.Select(p => p.Handler).Concat(table.ExactButtons.Values).Concat(table.Commands.Values)
            .Concat(table.Conversations.Values).Where(h => !h.InIngress).Select(h => h.Endpoint).Distinct();
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public void A_worker_consumer_has_exactly_that_queue(string endpoint)
    {
        var consumers = Workers.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && UpdateMessages.IsUpdateConsumer(t))
            .Where(t => Format(t) == endpoint)
            .ToList();

        Assert.Single(consumers);
    }

    [Fact]
    public void Every_consumer_of_users_updates_is_in_the_table()
    {
        var named = Endpoints().ToHashSet();
        var consumers = Workers.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && UpdateMessages.IsUpdateConsumer(t));

        Assert.All(consumers, consumer => Assert.Contains(Format(consumer), named));
    }

    static string Format(Type consumer) =>
        (string)typeof(ShopEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!.MakeGenericMethod(consumer)
            .Invoke(ShopEndpointNameFormatter.Instance, null)!;
}
