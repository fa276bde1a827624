using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Notifier.Sending;

namespace Shop.Notifier.Consumers;

/// <summary>
/// All outgoing commands share one queue, so a chat's messages leave in the order they were asked for. Transient
/// Telegram failures are retried with growing pauses; a request Telegram calls wrong is not retried. An edit by tag
/// whose message is not sent yet is tried again a few times. Then the shop's failure policy (set once for the queue in
/// <see cref="HostingExtensions"/>) moves it to the error queue with its fault trimmed to fit.
/// </summary>
public sealed class NotifierConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    public const string QueueName = "notifier";

    readonly NotifierOptions _options;

    public NotifierConsumerDefinition(IOptions<NotifierOptions> options)
    {
        _options = options.Value;
        EndpointName = QueueName;
        ConcurrentMessageLimit = _options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        var partitions = ConcurrentMessageLimit ?? 32;
        endpointConfigurator.PrefetchCount = partitions;
        if (typeof(TConsumer) == typeof(SendChatMessageConsumer))
            endpointConfigurator.PartitionByChat<SendChatMessage>(partitions, message => message.ChatId);
        else if (typeof(TConsumer) == typeof(EditChatMessageConsumer))
            endpointConfigurator.PartitionByChat<EditChatMessage>(partitions, message => message.ChatId);
        else if (typeof(TConsumer) == typeof(EditTaggedMessageConsumer))
        {
            endpointConfigurator.RetryOutsidePartition<EditTaggedMessage>(retry =>
            {
                retry.Incremental(_options.TaggedEditRetries, _options.TaggedEditRetryInterval, _options.TaggedEditRetryInterval);
                retry.Handle<TaggedMessageNotSentYet>();
                retry.ConnectRetryObserver(new TaggedEditGiveUpLog(context.GetRequiredService<ILogger<EditTaggedMessageConsumer>>()));
            });
            endpointConfigurator.PartitionByChat<EditTaggedMessage>(partitions, message => message.ChatId);
        }
        else if (typeof(TConsumer) == typeof(DeleteChatMessageConsumer))
            endpointConfigurator.PartitionByChat<DeleteChatMessage>(partitions, message => message.ChatId);
        consumerConfigurator.UseMessageRetry(retry =>
        {
            retry.Exponential(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(2));
            retry.Ignore<TelegramCallFailedPermanently>();
            // Waited for outside the chat's partition (above), not here.
            retry.Ignore<TaggedMessageNotSentYet>();
        });
    }
}
