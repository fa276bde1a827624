using System.Runtime.CompilerServices;
using MassTransit;

namespace Shop.Notifier.Consumers;

/// <summary>
/// One partitioner per notifier endpoint, shared by every command type on it: the commands for one chat run one at a
/// time in queue order (a receipt before its status update), while different chats run side by side.
/// </summary>
public static class ChatPartitions
{
    static readonly ConditionalWeakTable<IReceiveEndpointConfigurator, IPartitioner> Partitioners = [];

    public static void PartitionByChat<TMessage>(this IReceiveEndpointConfigurator endpoint, int partitions, Func<TMessage, long> chatId)
        where TMessage : class
    {
        var partitioner = Partitioners.GetValue(endpoint, e => e.CreatePartitioner(partitions));
        endpoint.UsePartitioner<TMessage>(partitioner, context => Key(chatId(context.Message)));
    }

    /// <summary>
    /// Retries that leave the chat's partition between tries, for a command waiting on another command of the same chat:
    /// a retry inside the partition would hold up the very command it waits for. Call before <see cref="PartitionByChat{TMessage}"/>,
    /// since filters run in the order they are added.
    /// </summary>
    public static void RetryOutsidePartition<TMessage>(this IReceiveEndpointConfigurator endpoint, Action<IRetryConfigurator> configure)
        where TMessage : class =>
        new MessagePipe<TMessage>(endpoint).UseMessageRetry(configure);

    static Guid Key(long chatId)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, chatId);
        return new Guid(bytes);
    }
}
