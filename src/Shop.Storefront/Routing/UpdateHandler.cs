using Shop.Contracts.Routing;

namespace Shop.Storefront.Routing;

/// <summary>
/// The one consumer an update goes to, named by worker and consumer class (without "Consumer"); its queue name comes from
/// <see cref="EndpointNames"/>. A conversation handler also says what input it takes.
/// </summary>
public sealed record UpdateHandler(string Worker, string Consumer, InputKinds Takes = InputKinds.None)
{
    public string Endpoint => EndpointNames.For(Worker, Consumer);

    /// <summary>Handled by the Ingress itself (fallbacks, support replies), not sent to a worker.</summary>
    public bool InIngress => Worker == Workers.Ingress;

    public override string ToString() => Endpoint;
}
