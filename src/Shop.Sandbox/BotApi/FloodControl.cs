using Microsoft.Extensions.Options;

namespace Shop.Sandbox.BotApi;

/// <summary>Telegram's flood limits for outgoing messages: about 30/s overall and 1/s per chat with short bursts.</summary>
internal sealed class FloodControl(IOptions<SandboxOptions> options, TimeProvider time, SandboxStats stats)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, TokenBucket> _chats = [];
    private TokenBucket? _global;

    /// <summary>Counts one outgoing message to the chat, or throws Telegram's 429 with retry_after.</summary>
    public void Admit(long chatId)
    {
        var limits = options.Value.RateLimits;
        if (!limits.Enabled)
        {
            return;
        }
        var now = time.GetUtcNow();
        lock (_gate)
        {
            _global ??= new TokenBucket(Math.Max(1, limits.GlobalPerSecond), limits.GlobalPerSecond, now);
            if (!_chats.TryGetValue(chatId, out var chat))
            {
                chat = new TokenBucket(limits.PerChatBurst, limits.PerChatPerSecond, now);
                _chats.Add(chatId, chat);
            }
            var wait = TimeSpan.FromTicks(Math.Max(_global.WaitTime(now).Ticks, chat.WaitTime(now).Ticks));
            if (wait > TimeSpan.Zero)
            {
                stats.CountRateLimited();
                var retryAfter = (int)Math.Clamp(Math.Ceiling(wait.TotalSeconds), 1, int.MaxValue);
                throw new BotApiException(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
            }
            _global.Take(now);
            chat.Take(now);
        }
    }
}
