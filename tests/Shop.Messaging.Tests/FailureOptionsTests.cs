using Shop.Messaging.Failures;

namespace Shop.Messaging.Tests;

public sealed class When_failure_settings_are_read
{
    [Fact]
    public void Intervals_are_comma_separated_time_spans_or_none()
    {
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1)], FailureOptions.ParseIntervals("00:00:10, 00:01:00"));
        Assert.Empty(FailureOptions.ParseIntervals("none")!);
        Assert.Null(FailureOptions.ParseIntervals("ten seconds"));
        Assert.Null(FailureOptions.ParseIntervals("00:00:00"));
    }

    [Fact]
    public void A_malformed_setting_is_named_in_one_line()
    {
        var result = new FailureOptionsValidator().Validate(null, new FailureOptions { Redeliveries = "soon" });

        Assert.True(result.Failed);
        Assert.Contains("Failures__Redeliveries", result.FailureMessage);
        Assert.True(new FailureOptionsValidator().Validate(null, new FailureOptions()).Succeeded);
    }

    [Fact]
    public void Bad_input_is_permanent_and_a_lost_connection_is_not()
    {
        Assert.True(FailurePolicy.IsPermanent(new PermanentFault("no")));
        Assert.True(FailurePolicy.IsPermanent(new FormatException()));
        Assert.False(FailurePolicy.IsPermanent(new TimeoutException()));
        Assert.False(FailurePolicy.IsPermanent(new TrimmedFault(new TimeoutException(new string('x', 20_000)), 1000)));
        Assert.True(FailurePolicy.IsPermanent(new TrimmedFault(new ArgumentException(new string('x', 20_000)), 1000)));
    }
}
