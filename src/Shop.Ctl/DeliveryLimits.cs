using System.Text.RegularExpressions;

namespace Shop.Ctl;

/// <summary>
/// The delivery limit RabbitMQ applies to a queue, worked out from its definition rather than read from the management
/// API's queue statistics, which lag policy changes by several seconds.
/// </summary>
public static class DeliveryLimits
{
    /// <summary>RabbitMQ 4.0 gives quorum queues this limit when nothing sets one; 3.x has none.</summary>
    public const long RabbitMq4Default = 20;

    /// <summary>
    /// Only quorum queues count deliveries. The queue's <c>x-delivery-limit</c> argument, the policy and the operator
    /// policy that apply (each the highest-priority match) all count, and the lowest wins; a negative value means none.
    /// </summary>
    public static long? For(string queue, string type, long? argument, IReadOnlyList<QueuePolicy> policies,
        IReadOnlyList<QueuePolicy> operatorPolicies, Version? brokerVersion)
    {
        if (type != "quorum") return null;
        long?[] candidates = [argument, Applying(queue, policies)?.DeliveryLimit, Applying(queue, operatorPolicies)?.DeliveryLimit];
        if (candidates.All(c => c is null))
            return brokerVersion?.Major >= 4 ? RabbitMq4Default : null;
        var limits = candidates.Where(c => c >= 0).ToList();
        return limits.Count == 0 ? null : limits.Min();
    }

    /// <summary>The one policy RabbitMQ applies to a queue: the highest priority among those whose pattern matches.</summary>
    public static QueuePolicy? Applying(string queue, IReadOnlyList<QueuePolicy> policies) =>
        policies
            .Where(p => p.ApplyTo is "all" or "queues" or "quorum_queues" && Matches(p.Pattern, queue))
            .OrderByDescending(p => p.Priority)
            // Equal priorities leave RabbitMQ's choice open: assume the stricter limit.
            .ThenBy(p => p.DeliveryLimit ?? long.MaxValue)
            .FirstOrDefault();

    static bool Matches(string pattern, string queue)
    {
        try
        {
            return Regex.IsMatch(queue, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // A pattern .NET does not read like Erlang's re does: assume it applies, the safe side here.
            return true;
        }
    }
}
