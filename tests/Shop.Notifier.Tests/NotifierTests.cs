using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Testing;

namespace Shop.Notifier.Tests;

/// <summary>The notifier against the sandbox with Telegram's rate limits on, real RabbitMQ and PostgreSQL.</summary>
public sealed class When_the_notifier_sends : IAsyncLifetime
{
    NotifierUnderTest _notifier = null!;
    SandboxClient _chat = null!;
    PostgresDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _notifier = await NotifierUnderTest.StartAsync();
        _chat = _notifier.Chat;
        _database = _notifier.Database;
    }

    Task Publish<T>(T message, Guid? id = null) where T : class => _notifier.Publish(message, id);

    static MessageContent Text(string text) => new(text, new InlineKeyboard([[new InlineButton("OK", "ok")]]));

    [Fact]
    public async Task A_burst_over_telegrams_limit_is_delivered_whole_each_message_once()
    {
        var user = await _chat.CreateUserAsync("Burst");
        for (var i = 1; i <= 8; i++) await Publish(new SendChatMessage(user.Id, Text($"message {i}")));

        await Eventually(async () => (await _chat.GetMessagesAsync(user.Id)).Count >= 8, TimeSpan.FromSeconds(90));

        // Messages asked for within milliseconds of each other may swap places; none may be lost or doubled.
        var texts = (await _chat.GetMessagesAsync(user.Id)).Select(m => m.Text).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"message {i}").Order(), texts);
        var stats = await _chat.Http.GetStringAsync("sandbox/api/stats");
        Assert.DoesNotContain("\"rate_limited\":0", stats);
    }

    [Fact]
    public async Task The_same_command_delivered_twice_sends_one_message()
    {
        var user = await _chat.CreateUserAsync("Twice");
        var id = NewId.NextGuid();
        await Publish(new SendChatMessage(user.Id, Text("only once")), id);
        await Publish(new SendChatMessage(user.Id, Text("only once")), id);
        await Publish(new SendChatMessage(user.Id, Text("after")));

        // Commands published together may be handled in either order: wait for both to have been sent.
        await Eventually(async () => (await _chat.GetMessagesAsync(user.Id)).Select(m => m.Text).Distinct().Count() == 2);

        Assert.Single(await _chat.GetMessagesAsync(user.Id), m => m.Text == "only once");
        Assert.Equal(2, await _database.ScalarAsync($"SELECT count(*) FROM notifier.deliveries WHERE chat_id = {user.Id}"));
    }

    [Fact]
    public async Task An_edit_with_the_same_content_counts_as_done_and_an_edit_of_a_gone_message_sends_a_new_one()
    {
        var user = await _chat.CreateUserAsync("Editor");
        await Publish(new SendChatMessage(user.Id, Text("first")));
        var sent = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");

        await Publish(new EditChatMessage(user.Id, sent.MessageId!.Value, Text("first")));
        await Publish(new DeleteChatMessage(user.Id, sent.MessageId!.Value));
        await _chat.WaitForAsync(user.Id, e => e.Kind == "deleted", after: sent.Seq);
        await Publish(new EditChatMessage(user.Id, sent.MessageId!.Value, Text("second")));

        var replacement = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent" && e.Text == "second", after: sent.Seq);
        Assert.NotEqual(sent.MessageId, replacement.MessageId);
        var messages = await _chat.GetMessagesAsync(user.Id);
        Assert.True(messages.Single(m => m.MessageId == sent.MessageId).Deleted);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_marked_unreachable_and_skipped()
    {
        var user = await _chat.CreateUserAsync("Blocker");
        (await _chat.Http.PostAsync($"sandbox/api/users/{user.Id}/block", null)).EnsureSuccessStatusCode();

        await Publish(new SendChatMessage(user.Id, Text("you will not see this")));
        var other = await _chat.CreateUserAsync("Other");
        await Publish(new SendChatMessage(other.Id, Text("marker")));
        await _chat.WaitForAsync(other.Id, e => e.Text == "marker");

        await Eventually(async () => await _database.ScalarAsync($"SELECT count(*) FROM notifier.unreachable_chats WHERE chat_id = {user.Id}") == 1);
        Assert.DoesNotContain(await _chat.GetMessagesAsync(user.Id), m => m.From == "bot");
    }

    [Fact]
    public async Task A_button_press_is_answered_with_its_alert()
    {
        var user = await _chat.CreateUserAsync("Presser");
        await Publish(new SendChatMessage(user.Id, Text("press me")));
        var sent = await _chat.WaitForAsync(user.Id, e => e.Kind == "sent");
        var press = await _chat.PressAsync(user.Id, sent.MessageId!.Value, "ok");
        press.EnsureSuccessStatusCode();
        var queryId = System.Text.Json.JsonDocument.Parse(await press.Content.ReadAsStringAsync()).RootElement.GetProperty("callback_query_id").GetString()!;

        await Publish(new AnswerButtonPress(queryId, "Done!", ShowAlert: true));

        var answer = await _chat.WaitForAsync(user.Id, e => e.Kind == "callback_answered", after: sent.Seq);
        Assert.Equal("Done!", answer.Text);
        Assert.True(answer.ShowAlert);
    }

    static Task Eventually(Func<Task<bool>> condition, TimeSpan? patience = null) => NotifierUnderTest.Eventually(condition, patience);

    public async Task DisposeAsync() => await _notifier.DisposeAsync();
}
