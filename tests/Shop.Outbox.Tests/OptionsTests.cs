using Shop.Messaging.Outbox;

namespace Shop.Outbox.Tests;

public sealed class When_outbox_settings_are_checked
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new OutboxOptionsValidator().Validate(null, new OutboxOptions()).Succeeded);
    }

    [Fact]
    public void A_zero_sweep_interval_is_named_in_the_failure()
    {
        var result = new OutboxOptionsValidator().Validate(null, new OutboxOptions { SweepInterval = TimeSpan.Zero });

        Assert.True(result.Failed);
        Assert.Contains("Outbox__SweepInterval", result.FailureMessage);
    }
}
