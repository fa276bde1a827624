using Shop.Contracts.Routing;
using Shop.Storefront.Routing;

namespace Shop.Ingress.Turns;

/// <summary>The partition queues a user's updates wait in: always the same one for a user, so they are taken in order.</summary>
public static class TurnPartitions
{
    /// <summary>What every partition queue's name starts with.</summary>
    public static readonly string Prefix = EndpointNames.For(Workers.Ingress, "Turn") + "-";

    public static string Name(int partition) => $"{Prefix}{partition}";

    public static int Of(long userId, int partitions) => (int)((ulong)userId % (ulong)partitions);

    public static Uri Address(long userId, int partitions) => new("exchange:" + Name(Of(userId, partitions)));
}
