using MassTransit;
using Shop.Contracts.Telegram;

namespace Shop.Messaging.Routing;

/// <summary>
/// The outermost filter of a worker's update endpoint. The Ingress sends a user's update as a request and hands the user's
/// next one on only when this answers (<see cref="UpdateHandled"/>), after the consumer committed and its replies are on
/// their way; so a user's updates are handled one after another however many replicas compete for the queue.
/// </summary>
public sealed class UpdateTurnFilter : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        var turn = context.GetOrAddPayload(() => new UpdateTurn());
        try
        {
            await next.Send(context);
        }
        catch when (context.RequestId is not null && context.ResponseAddress is not null)
        {
            // Failed (it is retried or redelivered later, or dead-lettered): the user's next update need not wait for it.
            await context.RespondAsync(new UpdateHandled());
            throw;
        }
        if (context.RequestId is not null && context.ResponseAddress is not null)
            await context.RespondAsync(new UpdateHandled(turn.Declined, turn.Claim));
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("updateTurn");
}
