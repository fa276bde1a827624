using MassTransit;

namespace Shop.Access.Requests;

/// <summary>Publishes a saga step's messages, each as its own type, through the step's context (and so through the outbox).</summary>
public static class PublishAllExtensions
{
    public static async Task PublishAll(this ConsumeContext context, IReadOnlyList<object> messages)
    {
        foreach (var message in messages) await context.Publish(message, message.GetType(), context.CancellationToken);
    }
}
