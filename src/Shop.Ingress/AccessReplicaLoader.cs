using MassTransit;
using Shop.Contracts.Access;

namespace Shop.Ingress;

/// <summary>Loads the <see cref="AccessReplica"/> from the Access worker at start, asking again until it answers.</summary>
public sealed class AccessReplicaLoader(IRequestClient<GetAccessList> client, AccessReplica replica, TimeProvider clock, ILogger<AccessReplicaLoader> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var response = await client.GetResponse<AccessList>(new GetAccessList(clock.GetUtcNow()), stoppingToken, RequestTimeout.After(s: 10));
                replica.Load(response.Message);
                logger.LogInformation("Access list loaded: mode {Mode}, {Count} approved users", response.Message.Mode, response.Message.AllowedUserIds.Count);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("The access list is not loaded yet ({Reason}); attempt {Attempt}", e.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), stoppingToken);
            }
        }
    }
}
