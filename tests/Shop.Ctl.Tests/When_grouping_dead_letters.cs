namespace Shop.Ctl.Tests;

public sealed class When_grouping_dead_letters
{
    static readonly DateTimeOffset Noon = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Letters_of_one_type_and_exception_form_one_group_spanning_their_first_and_last_failure()
    {
        var letters = new[]
        {
            TestLetters.Fault("pay_error", "Shop.Contracts.Ordering:ChargeCard", "System.TimeoutException", Noon.AddMinutes(5)),
            TestLetters.Fault("pay_error", "Shop.Contracts.Ordering:ChargeCard", "System.TimeoutException", Noon),
            TestLetters.Fault("pay_error", "Shop.Contracts.Ordering:ChargeCard", "System.TimeoutException", Noon.AddMinutes(2)),
        };

        var group = Assert.Single(FaultGroups.Of(letters));

        Assert.Equal(("Shop.Contracts.Ordering:ChargeCard", "System.TimeoutException", 3), (group.MessageType, group.ExceptionType, group.Count));
        Assert.Equal(Noon, group.First);
        Assert.Equal(Noon.AddMinutes(5), group.Last);
        Assert.Equal(["pay_error"], group.Queues);
    }

    [Fact]
    public void Another_exception_or_message_type_makes_another_group_and_the_largest_comes_first()
    {
        var letters = new[]
        {
            TestLetters.Fault("pay_error", "Ordering:ChargeCard", "System.TimeoutException", Noon),
            TestLetters.Fault("pay_error", "Ordering:ChargeCard", "System.InvalidOperationException", Noon),
            TestLetters.Fault("pay_error", "Ordering:ChargeCard", "System.InvalidOperationException", Noon),
            TestLetters.Fault("ship_error", "Ordering:ShipParcel", "System.TimeoutException", Noon),
        };

        var groups = FaultGroups.Of(letters);

        Assert.Equal(
            [("Ordering:ChargeCard", "System.InvalidOperationException", 2), ("Ordering:ChargeCard", "System.TimeoutException", 1),
                ("Ordering:ShipParcel", "System.TimeoutException", 1)],
            groups.Select(g => (g.MessageType, g.ExceptionType, g.Count)));
    }

    [Fact]
    public void One_failure_in_several_queues_lists_each_queue_once()
    {
        var letters = new[]
        {
            TestLetters.Fault("b_error", "Ordering:ChargeCard", "System.TimeoutException", Noon),
            TestLetters.Fault("a_error", "Ordering:ChargeCard", "System.TimeoutException", Noon),
            TestLetters.Fault("b_error", "Ordering:ChargeCard", "System.TimeoutException", Noon),
        };

        Assert.Equal(["a_error", "b_error"], Assert.Single(FaultGroups.Of(letters)).Queues);
    }

    [Fact]
    public void A_skipped_message_is_labelled_as_having_no_consumer_rather_than_no_exception()
    {
        var skipped = TestLetters.Fault("pay_skipped", "Ordering:ShipParcel", exceptionType: null, Noon);
        var unexplained = TestLetters.Fault("pay_error", "Ordering:ShipParcel", exceptionType: null, Noon);

        Assert.Equal(FaultGroups.Skipped, FaultGroups.ExceptionLabel(skipped));
        Assert.Equal(FaultGroups.NoException, FaultGroups.ExceptionLabel(unexplained));
    }
}
