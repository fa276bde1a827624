using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Shop.Messaging.Failures;

/// <summary>
/// The one failure policy of every Shop endpoint, tuned per endpoint in its definition: a few quick retries for what a
/// moment fixes (a dropped connection, a lost race), then redelivery later through the Scheduler worker with growing
/// delays (an outage), then the <c>_error</c> queue with MassTransit's fault headers, trimmed so they always fit. Faults
/// that trying again cannot fix (bad input, a broken rule) skip both and go straight to the error queue.
/// </summary>
public static class FailurePolicy
{
    /// <summary>Applies the policy to an endpoint (call from a definition's ConfigureConsumer/ConfigureSaga, before anything else).</summary>
    public static void UseShopFailurePolicy(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context,
        Action<FailurePolicyTuning>? tune = null)
    {
        var options = context.GetService<IOptions<FailureOptions>>()?.Value ?? new FailureOptions();
        var tuning = new FailurePolicyTuning(options.RetryIntervals, options.RedeliveryIntervals);
        tune?.Invoke(tuning);

        // MassTransit puts this filter inside the retries: every failed attempt is trimmed, so what finally reaches the error
        // queue's headers always fits; the retries still tell transient from permanent by the original.
        endpoint.UseFilter(new TrimmedFaultFilter(options.MaxFaultTextLength));
        if (tuning.Redeliveries.Count > 0)
            endpoint.UseScheduledRedelivery(redelivery =>
            {
                redelivery.Intervals(tuning.Redeliveries.ToArray());
                IgnorePermanent(redelivery, tuning);
            });
        if (tuning.Retries.Count > 0)
            endpoint.UseMessageRetry(retry =>
            {
                retry.Intervals(tuning.Retries.ToArray());
                IgnorePermanent(retry, tuning);
            });
    }

    /// <summary>
    /// Applies the policy once to a queue several consumers share (a definition would apply it once per consumer there).
    /// </summary>
    public static void UseShopFailurePolicyOn(this IBusRegistrationConfigurator bus, string queueName, Action<FailurePolicyTuning>? tune = null) =>
        bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
        {
            if (name == queueName) endpoint.UseShopFailurePolicy(context, tune);
        });

    /// <summary>Exceptions that mean the message itself is wrong: trying again gives the same answer.</summary>
    public static bool IsPermanent(Exception exception) => exception is PermanentFault or ArgumentException or FormatException
        or JsonException or NotSupportedException or NotImplementedException or InvalidCastException or TrimmedFault { Permanent: true };

    static void IgnorePermanent(IExceptionConfigurator configurator, FailurePolicyTuning tuning)
    {
        configurator.Ignore<Exception>(IsPermanent);
        foreach (var ignore in tuning.AlsoPermanent) configurator.Ignore(ignore);
    }
}
