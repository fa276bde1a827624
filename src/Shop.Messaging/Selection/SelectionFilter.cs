using MassTransit;

namespace Shop.Messaging.Selection;

/// <summary>Acknowledges, untouched, the messages the endpoint's consumer does not want; passes the rest on.</summary>
public sealed class SelectionFilter(IReadOnlyList<Func<ConsumeContext, Task<bool>>> checks) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        foreach (var check in checks)
            if (!await check(context)) return;
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("messageSelection");
}
