using MassTransit;
using Shop.Contracts.Routing;

namespace Shop.Messaging;

/// <summary>Names every consumer's and saga's queue by <see cref="EndpointNames"/>: the worker, then the consumer (<c>cart-home-button</c>).</summary>
public sealed class ShopEndpointNameFormatter : KebabCaseEndpointNameFormatter
{
    public static new readonly ShopEndpointNameFormatter Instance = new();

    ShopEndpointNameFormatter() : base(includeNamespace: false)
    {
    }

    public override string Consumer<T>() => Name(typeof(T)) ?? base.Consumer<T>();

    public override string Saga<T>() => Name(typeof(T)) ?? base.Saga<T>();

    static string? Name(Type type) => EndpointNames.WorkerOf(type) is { } worker ? EndpointNames.For(worker, type.Name) : null;
}
