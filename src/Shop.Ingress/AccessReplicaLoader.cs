using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Access;

namespace Shop.Ingress;

/// <summary>
/// Loads the <see cref="AccessReplica"/> from the Access worker at start, asking again until it answers, then loads it again
/// every <see cref="IngressOptions.AccessRefresh"/>, so events missed while the broker was away are made good.
/// </summary>
public sealed class AccessReplicaLoader(IRequestClient<GetAccessList> client, AccessReplica replica, IOptions<IngressOptions> options,
    TimeProvider clock, ILogger<AccessReplicaLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            var refresh = replica.IsLoaded;
            try
            {
                if (refresh) replica.BeginRefresh();
                var response = await client.GetResponse<AccessList>(new GetAccessList(clock.GetUtcNow()), stoppingToken, RequestTimeout.After(s: 10));
                replica.Load(response.Message);
                if (!refresh)
                    logger.LogInformation("Access list loaded: mode {Mode}, {Count} approved users", response.Message.Mode, response.Message.AllowedUserIds.Count);
                attempt = 0;
                await Task.Delay(options.Value.AccessRefresh, clock, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("The access list is not {Loaded} ({Reason}); attempt {Attempt}", refresh ? "refreshed" : "loaded yet", e.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), clock, stoppingToken);
            }
        }
    }
}
