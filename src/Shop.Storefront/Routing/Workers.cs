namespace Shop.Storefront.Routing;

/// <summary>The workers updates are routed to, by the names their queues start with.</summary>
public static class Workers
{
    public const string Ingress = "ingress";
    public const string Cart = "cart";
    public const string Catalog = "catalog";
    public const string Ordering = "ordering";
    public const string Access = "access";
}
