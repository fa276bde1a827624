using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Shop.Contracts.Telegram;
using Shop.Telegram;
using Shop.Testing;

namespace Shop.Notifier.Tests;

/// <summary>
/// Telegram has no idempotency key: when the answer to a send is lost (the notifier killed mid-call, a dropped connection),
/// the message may or may not be in the chat. The next try must find out which, and send only if it is not.
/// </summary>
public sealed class When_telegrams_answer_to_a_send_is_lost : IAsyncLifetime
{
    readonly LosingHandler.Plan _plan = new();
    NotifierUnderTest _notifier = null!;
    SandboxClient _chat = null!;

    public async Task InitializeAsync()
    {
        _notifier = await NotifierUnderTest.StartAsync(builder =>
            builder.Services.AddHttpClient<BotApiClient>().AddHttpMessageHandler(() => new LosingHandler(_plan)));
        _chat = _notifier.Chat;
    }

    static MessageContent Receipt(string text) => new(text, new InlineKeyboard([[new InlineButton("My orders", "o:mine")]]));

    [Fact]
    public async Task A_message_telegram_took_is_found_in_the_chat_and_not_sent_again()
    {
        var user = await _chat.CreateUserAsync("Lost");
        await _notifier.Publish(new SendChatMessage(user.Id, Receipt("welcome")));
        await Eventually(async () => (await _chat.GetMessagesAsync(user.Id)).Count == 1);
        // The user writes in between: the earlier copy is looked for past messages that are not the bot's.
        await _chat.SendTextAsync(user.Id, "hello?");

        _plan.LoseAnswers = 1;
        var id = NewId.NextGuid();
        await _notifier.Publish(new SendChatMessage(user.Id, Receipt("🧾 Order #1042")), id);
        await Eventually(async () => await Delivered(id) is not null);

        Assert.Equal(0, _plan.LoseAnswers);
        var receipts = (await _chat.GetMessagesAsync(user.Id)).Where(m => m.Text == "🧾 Order #1042").ToList();
        Assert.Single(receipts);
        Assert.Equal(receipts[0].MessageId, await Delivered(id));
        Assert.Equal(0, await _notifier.Database.ScalarAsync("SELECT count(*) FROM notifier.send_attempts"));
        // Looking changed nothing in the chat: no message was edited.
        Assert.All(await _chat.GetMessagesAsync(user.Id), m => Assert.Null(m.EditedMs));
    }

    [Fact]
    public async Task A_message_that_never_reached_telegram_is_sent_on_the_next_try()
    {
        var user = await _chat.CreateUserAsync("Unsent");
        await _notifier.Publish(new SendChatMessage(user.Id, Receipt("welcome")));
        await Eventually(async () => (await _chat.GetMessagesAsync(user.Id)).Count == 1);

        _plan.FailBeforeSending = 1;
        var id = NewId.NextGuid();
        await _notifier.Publish(new SendChatMessage(user.Id, Receipt("🧾 Order #1043")), id);
        await Eventually(async () => await Delivered(id) is not null);

        Assert.Equal(0, _plan.FailBeforeSending);
        Assert.Single(await _chat.GetMessagesAsync(user.Id), m => m.Text == "🧾 Order #1043");
    }

    [Fact]
    public async Task A_first_message_to_a_chat_whose_answer_was_lost_is_sent_again_rather_than_lost()
    {
        // With no earlier message to start from there is nowhere to look: at least once, never lost.
        var user = await _chat.CreateUserAsync("First");
        _plan.LoseAnswers = 1;
        var id = NewId.NextGuid();
        await _notifier.Publish(new SendChatMessage(user.Id, Receipt("hello")), id);
        await Eventually(async () => await Delivered(id) is not null);

        Assert.Equal(2, (await _chat.GetMessagesAsync(user.Id)).Count(m => m.Text == "hello"));
    }

    async Task<int?> Delivered(Guid id) =>
        await _notifier.Database.TextAsync(
            $"SELECT telegram_message_id::text FROM notifier.deliveries WHERE message_id = '{id}' AND completed_at IS NOT NULL") is { } found
            ? int.Parse(found)
            : null;

    static Task Eventually(Func<Task<bool>> condition) => NotifierUnderTest.Eventually(condition);

    public async Task DisposeAsync() => await _notifier.DisposeAsync();

    /// <summary>Between the notifier and the sandbox: loses the answer to a send Telegram took, or fails one before it leaves.</summary>
    sealed class LosingHandler(LosingHandler.Plan plan) : DelegatingHandler
    {
        public sealed class Plan
        {
            public int LoseAnswers;
            public int FailBeforeSending;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var isSend = request.RequestUri!.AbsolutePath.EndsWith("/sendMessage", StringComparison.Ordinal);
            if (isSend && Take(ref plan.FailBeforeSending))
                throw new HttpRequestException("connection refused (test)");
            var response = await base.SendAsync(request, ct);
            if (isSend && Take(ref plan.LoseAnswers))
            {
                response.Dispose();
                throw new HttpRequestException("connection reset after the request was sent (test)");
            }
            return response;
        }

        static bool Take(ref int count)
        {
            for (var left = Volatile.Read(ref count); left > 0; left = Volatile.Read(ref count))
                if (Interlocked.CompareExchange(ref count, left - 1, left) == left) return true;
            return false;
        }
    }
}
