using System.Net.Http.Json;
using Shop.Bench.Scenarios;
using Shop.Testing;

namespace Shop.Bench;

/// <summary>
/// One Telegram user in a closed loop: does what its scenario says, waits for the bot's whole reply on its own chat's
/// events (one cursor per user), and only then does the next thing.
/// </summary>
public sealed class VirtualUser(SandboxClient sandbox, long userId, Scenario scenario)
{
    const int LongPollSeconds = 5;

    readonly ChatView _chat = new();
    readonly Random _random = new((int)userId);
    long _cursor;

    public long UserId => userId;

    /// <summary>Sends one update and waits for its reply; the latency is on the sandbox's clock at both ends.</summary>
    public async Task<Reply> ActAsync(TimeSpan replyTimeout, CancellationToken cancellationToken)
    {
        if (scenario.ThinkTime(_random) is { } think && think > TimeSpan.Zero) await Task.Delay(think, cancellationToken);
        var action = scenario.Next(_chat);
        _chat.Actions++;
        var sentAtMs = await SendAsync(action, cancellationToken);
        var repliedAtMs = await WaitForReplyAsync(action, replyTimeout, cancellationToken);
        return new Reply(action.Label, repliedAtMs - sentAtMs);
    }

    async Task<long> SendAsync(UserAction action, CancellationToken cancellationToken)
    {
        if (action.Text is { } text) return (await sandbox.SendTextAsync(userId, text)).DateMs;
        using var response = await sandbox.PressAsync(userId, action.MessageId!.Value, action.CallbackData!);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"press {action.CallbackData} refused: {(int)response.StatusCode} " +
                await response.Content.ReadAsStringAsync(cancellationToken));
        return (await response.Content.ReadFromJsonAsync<PressReply>(SandboxClient.Json, cancellationToken))!.DateMs;
    }

    /// <summary>Returns when the last of the awaited events happened (at_ms).</summary>
    async Task<long> WaitForReplyAsync(UserAction action, TimeSpan replyTimeout, CancellationToken cancellationToken)
    {
        var awaited = new HashSet<string>(action.Awaits, StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + replyTimeout;
        long lastAtMs = 0;
        while (awaited.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"user {userId}: no {string.Join(" + ", awaited)} within {replyTimeout.TotalSeconds:0}s after {action.Label}");
            var wait = (int)Math.Clamp(Math.Ceiling(left.TotalSeconds), 1, LongPollSeconds);
            var page = await sandbox.GetEventsAsync(userId, _cursor, wait);
            foreach (var e in page.Events)
            {
                _chat.Apply(e);
                var isView = e.Kind is ChatEventKinds.Sent or ChatEventKinds.Edited && awaited.Remove(ChatEventKinds.View);
                if (awaited.Remove(e.Kind) || isView) lastAtMs = Math.Max(lastAtMs, e.AtMs);
            }
            _cursor = Math.Max(_cursor, page.LastSeq);
        }
        return lastAtMs;
    }
}
