using System.Net.Http.Json;
using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Testing;

namespace Shop.Notifier.Tests;

/// <summary>Messages sent under a tag and edited by it, against the sandbox, real RabbitMQ and PostgreSQL.</summary>
public sealed class When_a_message_is_tagged : IAsyncLifetime
{
    const string Tag = "order:42:status";

    NotifierUnderTest _notifier = null!;
    SandboxClient _chat = null!;
    readonly ConsumeLog _consumed = new();

    public async Task InitializeAsync()
    {
        _notifier = await NotifierUnderTest.StartAsync();
        _chat = _notifier.Chat;
        _notifier.Bus.ConnectConsumeObserver(_consumed);
    }

    static MessageContent Text(string text) => new(text, new InlineKeyboard([[new InlineButton("Track", "track")]]));

    [Fact]
    public async Task An_edit_by_tag_changes_that_very_message()
    {
        var user = await _chat.CreateUserAsync("Tagged");
        await _notifier.Publish(new SendChatMessage(user.Id, Text("Order placed"), Tag));
        var sent = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");

        await _notifier.Publish(new EditTaggedMessage(user.Id, Tag, Text("Order shipped")));

        var edited = await _chat.WaitForAsync(user.Id, e => e.Kind == "edited", after: sent.Seq);
        Assert.Equal(sent.MessageId, edited.MessageId);
        var message = Assert.Single(await _chat.GetMessagesAsync(user.Id));
        Assert.Equal("Order shipped", message.Text);
        Assert.Equal(1, await _notifier.Database.ScalarAsync(
            $"SELECT count(*) FROM notifier.tagged_messages WHERE chat_id = {user.Id} AND tag = '{Tag}' AND telegram_message_id = {sent.MessageId}"));
    }

    [Fact]
    public async Task An_edit_published_before_its_send_waits_for_the_send_and_then_edits()
    {
        var user = await _chat.CreateUserAsync("Early");
        var edit = NewId.NextGuid();

        await _notifier.Publish(new EditTaggedMessage(user.Id, Tag, Text("Order shipped")), edit);
        // The edit is under way (and finds no tag) before the send is even published.
        await NotifierUnderTest.Eventually(() => Task.FromResult(_consumed.Started(edit) > 0));
        await _notifier.Publish(new SendChatMessage(user.Id, Text("Order placed"), Tag));

        var edited = await _chat.WaitForAsync(user.Id, e => e.Kind == "edited");
        var message = Assert.Single(await _chat.GetMessagesAsync(user.Id));
        Assert.Equal(message.MessageId, edited.MessageId);
        Assert.Equal("Order shipped", message.Text);
        Assert.Equal(0, _consumed.Faulted(edit));
    }

    [Fact]
    public async Task An_edit_delivered_twice_edits_once()
    {
        var user = await _chat.CreateUserAsync("Twice");
        await _notifier.Publish(new SendChatMessage(user.Id, Text("Order placed"), Tag));
        var sent = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");
        var edit = NewId.NextGuid();

        await _notifier.Publish(new EditTaggedMessage(user.Id, Tag, Text("Order shipped")), edit);
        await _notifier.Publish(new EditTaggedMessage(user.Id, Tag, Text("Order shipped")), edit);
        await NotifierUnderTest.Eventually(() => Task.FromResult(_consumed.Consumed(edit) == 2));

        var events = await _chat.GetEventsAsync(user.Id, after: sent.Seq, timeoutSeconds: 0);
        Assert.Single(events.Events, e => e.Kind == "edited");
        Assert.DoesNotContain(events.Events, e => e.Kind == "sent");
        Assert.Equal("Order shipped", Assert.Single(await _chat.GetMessagesAsync(user.Id)).Text);
    }

    [Fact]
    public async Task A_second_send_under_the_tag_becomes_the_one_edited()
    {
        var user = await _chat.CreateUserAsync("Resend");
        await _notifier.Publish(new SendChatMessage(user.Id, Text("Order placed"), Tag));
        var first = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");
        await _notifier.Publish(new SendChatMessage(user.Id, Text("Order placed again"), Tag));
        var second = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent", after: first.Seq);

        await _notifier.Publish(new EditTaggedMessage(user.Id, Tag, Text("Order shipped")));

        var edited = await _chat.WaitForAsync(user.Id, e => e.Kind == "edited", after: second.Seq);
        Assert.Equal(second.MessageId, edited.MessageId);
        Assert.Equal("Order placed", (await _chat.GetMessagesAsync(user.Id)).Single(m => m.MessageId == first.MessageId).Text);
    }

    [Fact]
    public async Task A_tagged_message_that_is_gone_is_replaced_and_the_tag_follows_the_replacement()
    {
        var user = await _chat.CreateUserAsync("Gone");
        await _notifier.Publish(new SendChatMessage(user.Id, Text("Order placed"), Tag));
        var sent = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");
        await _notifier.Publish(new DeleteChatMessage(user.Id, sent.MessageId!.Value));
        var deleted = await _chat.WaitForAsync(user.Id, e => e.Kind == "deleted", after: sent.Seq);

        await _notifier.Publish(new EditTaggedMessage(user.Id, Tag, Text("Order shipped")));
        var replacement = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent" && e.Text == "Order shipped", after: deleted.Seq);
        await _notifier.Publish(new EditTaggedMessage(user.Id, Tag, Text("Order delivered")));

        var edited = await _chat.WaitForAsync(user.Id, e => e.Kind == "edited", after: replacement.Seq);
        Assert.NotEqual(sent.MessageId, replacement.MessageId);
        Assert.Equal(replacement.MessageId, edited.MessageId);
        Assert.Equal("Order delivered", edited.Text);
    }

    [Fact]
    public async Task An_edit_by_an_unknown_tag_edits_nothing_and_ends_in_the_error_queue()
    {
        var user = await _chat.CreateUserAsync("Unknown");
        await _notifier.Publish(new SendChatMessage(user.Id, Text("Order placed"), Tag));
        var sent = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");
        var edit = NewId.NextGuid();

        await _notifier.Publish(new EditTaggedMessage(user.Id, "order:43:status", Text("Order shipped")), edit);

        await NotifierUnderTest.Eventually(() => ErrorQueueHoldsAsync(edit));
        var events = await _chat.GetEventsAsync(user.Id, after: sent.Seq, timeoutSeconds: 0);
        Assert.Empty(events.Events);
        Assert.Equal("Order placed", Assert.Single(await _chat.GetMessagesAsync(user.Id)).Text);
    }

    /// <summary>Peeks at the notifier's error queue (the messages go back to it) for one message.</summary>
    async Task<bool> ErrorQueueHoldsAsync(Guid messageId)
    {
        var vhost = _notifier.Vhost;
        var response = await vhost.Management.PostAsJsonAsync($"api/queues/{vhost.Name}/notifier_error/get",
            new { count = 10, ackmode = "ack_requeue_true", encoding = "auto" });
        return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains(messageId.ToString(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _notifier.DisposeAsync();
}
