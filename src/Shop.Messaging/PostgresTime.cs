namespace Shop.Messaging;

/// <summary>Times at PostgreSQL's microsecond precision, so a value read back from the database equals the one written.</summary>
public static class PostgresTime
{
    public static DateTimeOffset Truncate(DateTimeOffset time) => time.AddTicks(-(time.Ticks % 10));
}
