namespace Shop.Sandbox.BotApi;

/// <summary>A refilling allowance of messages; not thread-safe, the flood control locks around it.</summary>
internal sealed class TokenBucket(double capacity, double perSecond, DateTimeOffset now)
{
    private readonly double _capacity = capacity;
    private double _tokens = capacity;
    private DateTimeOffset _updatedAt = now;

    /// <summary>How long until one message is allowed; zero when it is allowed now.</summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        Refill(now);
        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / perSecond);
    }

    public void Take(DateTimeOffset now)
    {
        Refill(now);
        _tokens -= 1;
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > _updatedAt)
        {
            _tokens = Math.Min(_capacity, _tokens + (now - _updatedAt).TotalSeconds * perSecond);
            _updatedAt = now;
        }
    }
}
