using Shop.Storefront.Routing;

namespace Shop.Ingress.Turns;

/// <summary>Where one update goes: a handler of the routing table, or one of the Ingress's fallbacks.</summary>
public sealed record TurnTarget(UpdateHandler? Handler, Fallback? Fallback)
{
    public static TurnTarget To(UpdateHandler handler) => new(handler, null);

    public static TurnTarget Answer(Fallback fallback) => new(null, fallback);
}
