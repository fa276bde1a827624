using Shop.Notifier.Sending;

namespace Shop.Notifier.Tests;

public sealed class When_pacing_sends
{
    static readonly DateTimeOffset T0 = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_chat_gets_its_burst_at_once_then_one_a_second()
    {
        var pacer = new Pacer(globalPerSecond: 30, globalBurst: 30, perChatPerSecond: 1, perChatBurst: 3);

        var slots = Enumerable.Range(0, 5).Select(_ => pacer.Reserve(42, T0)).ToList();

        Assert.Equal([T0, T0, T0, T0.AddSeconds(1.05), T0.AddSeconds(2.1)], slots);
    }

    [Fact]
    public void Different_chats_do_not_wait_for_each_other()
    {
        var pacer = new Pacer(30, 30, 1, 1);

        var slots = Enumerable.Range(0, 10).Select(chat => pacer.Reserve(chat, T0)).ToList();

        Assert.All(slots, slot => Assert.Equal(T0, slot));
    }

    [Fact]
    public void The_overall_limit_spreads_many_chats_over_time()
    {
        var pacer = new Pacer(globalPerSecond: 10, globalBurst: 10, perChatPerSecond: 1, perChatBurst: 1);

        var slots = Enumerable.Range(0, 30).Select(chat => pacer.Reserve(chat, T0)).ToList();

        Assert.Equal(10, slots.Count(slot => slot == T0));
        Assert.Equal(T0.AddSeconds(2.1), slots[^1]);
        Assert.True(slots.Zip(slots.Skip(1)).All(pair => pair.First <= pair.Second));
    }

    [Fact]
    public void A_reply_to_the_user_is_not_held_back_by_the_chats_pace_but_an_alert_after_it_is()
    {
        var pacer = new Pacer(30, 30, 1, 1);

        var replies = Enumerable.Range(0, 4).Select(_ => pacer.Reserve(7, T0, reply: true)).ToList();
        var alert = pacer.Reserve(7, T0);

        // Only the global pace (30/s) spaces the replies out; the unsolicited send waits for the chat's own pace.
        Assert.All(replies, slot => Assert.True(slot < T0.AddSeconds(0.2)));
        Assert.True(alert >= T0.AddSeconds(4));
    }

    [Fact]
    public void A_chat_that_was_quiet_gets_its_burst_back()
    {
        var pacer = new Pacer(30, 30, 1, 2);
        pacer.Reserve(7, T0);
        pacer.Reserve(7, T0);

        var later = T0.AddSeconds(10);

        Assert.Equal(later, pacer.Reserve(7, later));
        Assert.Equal(later, pacer.Reserve(7, later));
        Assert.Equal(later.AddSeconds(1.05), pacer.Reserve(7, later));
    }

    [Fact]
    public void A_429_pauses_every_chat_until_retry_after()
    {
        var pacer = new Pacer(30, 30, 1, 3);
        pacer.PauseUntil(T0.AddSeconds(5));

        Assert.Equal(T0.AddSeconds(5), pacer.Reserve(1, T0));
        Assert.Equal(T0.AddSeconds(5), pacer.Reserve(2, T0.AddSeconds(1)));
        Assert.Equal(T0.AddSeconds(6), pacer.Reserve(3, T0.AddSeconds(6)));
    }

    [Fact]
    public void Outages_in_a_row_back_off_longer_and_a_success_resets()
    {
        var pacer = new Pacer(30, 30, 1, 3);

        var first = pacer.RecordOutage(T0);
        var second = pacer.RecordOutage(T0);
        var third = pacer.RecordOutage(T0);
        pacer.RecordSuccess();
        var afterSuccess = pacer.RecordOutage(T0);

        Assert.True(first < second && second < third);
        Assert.Equal(first, afterSuccess);
        Assert.Equal(T0 + third, pacer.Reserve(9, T0));
    }

    [Fact]
    public void Quiet_chats_are_forgotten_so_memory_stays_bounded()
    {
        var pacer = new Pacer(1_000_000, 1_000_000, 1, 1);
        for (var chat = 0; chat < 10_001; chat++) pacer.Reserve(chat, T0);

        pacer.Reserve(-1, T0.AddMinutes(1));

        Assert.True(pacer.TrackedChats < 100);
    }
}
