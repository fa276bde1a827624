using MassTransit;

namespace Shop.Messaging.Failures;

/// <summary>Replaces a fault whose text would not fit in the error queue's headers by a <see cref="TrimmedFault"/>.</summary>
public sealed class TrimmedFaultFilter(int maxLength) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception e) when (e is not OperationCanceledException && TrimmedFault.IsTooLong(e, maxLength))
        {
            throw new TrimmedFault(e, maxLength);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("trimmedFault");
}
