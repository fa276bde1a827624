namespace Shop.Messaging;

/// <summary>
/// Where every worker's scheduled messages go: the Scheduler worker's queue. Its messages wait in PostgreSQL until due,
/// so they survive restarts of any process. <c>AddShopBus</c> wires it in; a consumer then calls
/// <c>context.ScheduleSend(...)</c> or <c>context.SchedulePublish(...)</c>, a saga uses <c>Schedule(...)</c>, and code outside a
/// consumer takes <c>IMessageScheduler</c> from DI. Cancel with the returned token (<c>CancelScheduledSend</c>/<c>Unschedule</c>).
/// Address a scheduled send to an endpoint as <c>exchange:name</c> or by its input address, never <c>queue:name</c>: that makes
/// the sender declare a classic queue, which RabbitMQ refuses for our quorum queues.
/// </summary>
public static class ShopScheduler
{
    public const string QueueName = "scheduler";

    /// <summary>
    /// The exchange in front of the scheduler's queue. Not <c>queue:</c>: a sender would then declare the queue itself as a
    /// classic queue, which RabbitMQ refuses once the scheduler has declared it a quorum queue. The cost: until the Scheduler
    /// worker has started once in a virtual host, nothing is bound to the exchange and a schedule sent to it is dropped, as is
    /// any event published in this shop before its consumer's first start.
    /// </summary>
    public static readonly Uri Address = new("exchange:" + QueueName);
}
