namespace Shop.Ctl.Tests;

public sealed class When_selecting_dead_letters_to_replay
{
    static readonly DeadLetter Timeout = TestLetters.Fault("charge-card_error", "Shop.Contracts.Ordering:ChargeCard",
        "System.TimeoutException", DateTimeOffset.UtcNow, messageId: "aaaa0000-0000-0000-0000-000000000001");

    static readonly DeadLetter Declined = TestLetters.Fault("charge-card_error", "Shop.Contracts.Ordering:ChargeCard",
        "Shop.Ordering.CardDeclinedException", DateTimeOffset.UtcNow);

    static readonly DeadLetter Parcel = TestLetters.Fault("ship-parcel_error", "Shop.Contracts.Ordering:ShipParcel",
        "System.TimeoutException", DateTimeOffset.UtcNow);

    [Fact]
    public void Nothing_chosen_is_refused_rather_than_taken_to_mean_everything()
    {
        var e = Assert.Throws<CtlException>(() => new ReplaySelection(null, null, null, null, All: false).Validate());
        Assert.Equal(ExitCodes.BadArguments, e.ExitCode);
    }

    [Fact]
    public void All_with_a_narrower_selector_is_refused()
    {
        var e = Assert.Throws<CtlException>(() => new ReplaySelection(null, null, "ChargeCard", null, All: true).Validate());
        Assert.Equal(ExitCodes.BadArguments, e.ExitCode);
    }

    [Fact]
    public void A_live_queue_is_refused_as_a_source()
    {
        var e = Assert.Throws<CtlException>(() => new ReplaySelection(null, "charge-card", null, null, All: false).Validate());
        Assert.Contains("not a dead-letter queue", e.Message);
    }

    [Theory]
    [InlineData("Shop.Contracts.Ordering:ChargeCard")]
    [InlineData("urn:message:Shop.Contracts.Ordering:ChargeCard")]
    [InlineData("Shop.Contracts.Ordering.ChargeCard")]
    [InlineData("ChargeCard")]
    [InlineData("chargecard")]
    public void A_message_type_can_be_named_as_listed_as_a_urn_as_a_dotnet_name_or_bare(string name)
    {
        var selection = new ReplaySelection(null, null, name, null, false);

        Assert.True(selection.Matches(Timeout));
        Assert.False(selection.Matches(Parcel));
    }

    [Theory]
    [InlineData("System.TimeoutException")]
    [InlineData("TimeoutException")]
    public void An_exception_can_be_named_in_full_or_bare(string name)
    {
        var selection = new ReplaySelection(null, null, null, name, false);

        Assert.True(selection.Matches(Timeout));
        Assert.True(selection.Matches(Parcel));
        Assert.False(selection.Matches(Declined));
    }

    [Fact]
    public void Every_selector_given_must_match()
    {
        var selection = new ReplaySelection(null, null, "ChargeCard", "TimeoutException", false);

        Assert.Equal([Timeout], new[] { Timeout, Declined, Parcel }.Where(selection.Matches));
    }

    [Fact]
    public void An_id_picks_one_message()
    {
        var selection = new ReplaySelection("AAAA0000-0000-0000-0000-000000000001", null, null, null, false);

        Assert.Equal([Timeout], new[] { Timeout, Declined, Parcel }.Where(selection.Matches));
    }

    [Fact]
    public void A_queue_picks_its_own_messages()
    {
        var selection = new ReplaySelection(null, "ship-parcel_error", null, null, false);

        Assert.Equal([Parcel], new[] { Timeout, Declined, Parcel }.Where(selection.Matches));
    }
}
