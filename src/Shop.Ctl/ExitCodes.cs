namespace Shop.Ctl;

/// <summary>The process exit codes of shopctl, so scripts can tell a typo from a broker outage.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something failed that has no code of its own (a replayed message the broker refused, say).</summary>
    public const int Failed = 1;

    public const int BadArguments = 2;

    /// <summary>The queue, virtual host or message named on the command line is not there.</summary>
    public const int NotFound = 3;

    /// <summary>RabbitMQ (AMQP or the management API) could not be reached or refused the credentials.</summary>
    public const int BrokerUnreachable = 4;

    /// <summary>The operator answered no to a confirmation: nothing was changed.</summary>
    public const int Declined = 5;
}
