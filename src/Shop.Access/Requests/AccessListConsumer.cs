using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Access.Data;
using Shop.Access.Mode;
using Shop.Contracts.Access;
using Shop.Messaging;

namespace Shop.Access.Requests;

/// <summary>Answers a gate starting up with the whole picture of who may use the shop; events keep it current afterwards.</summary>
public sealed class AccessListConsumer(AccessDbContext db, IOptions<ShopOptions> shop) : IConsumer<GetAccessList>
{
    public async Task Consume(ConsumeContext<GetAccessList> context)
    {
        var ct = context.CancellationToken;
        await context.RespondAsync(new AccessList(await db.CurrentModeAsync(shop.Value, ct), await db.AllowedUserIdsAsync(ct)));
    }
}
