using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Shop.Access.Data;
using Shop.Access.Requests;
using Shop.Access.Staff;
using Shop.Messaging;
using Shop.Messaging.Outbox;
using Shop.Messaging.Sagas;
using Shop.Storefront;

namespace Shop.Access;

/// <summary>The Access worker: who may use a private shop, their requests, the owners' decisions, and the list the gates load.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddAccessWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddShopDatabase<AccessDbContext>(AccessDbContext.Schema);
        builder.AddShopOutbox<AccessDbContext>();
        builder.AddShopBus(bus =>
        {
            bus.AddSagaStateMachine<AccessStateMachine, AccessState>(typeof(AccessStateMachineDefinition))
                .EntityFrameworkRepository<AccessState, AccessDbContext>();
            AddConsumers(bus);
        });
        return builder;
    }

    /// <summary>Queues are named for this worker, since other workers consume the same Telegram messages.</summary>
    static void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // The gate sends a blocked user's /request, /start and /help here alone, by this name.
        bus.AddConsumer<RequestCommandConsumer>(typeof(AccessConsumerDefinition<RequestCommandConsumer>))
            .Endpoint(endpoint => endpoint.Name = PrivateShopScreen.RequestEndpoint);
        bus.AddConsumer<AccessListConsumer>(typeof(AccessConsumerDefinition<AccessListConsumer>))
            .Endpoint(endpoint => endpoint.Name = "access-list");
        bus.AddConsumer<AccessCommandConsumer>(typeof(AccessConsumerDefinition<AccessCommandConsumer>))
            .Endpoint(endpoint => endpoint.Name = "access-staff-command");
        bus.AddConsumer<AccessButtonConsumer>(typeof(AccessConsumerDefinition<AccessButtonConsumer>))
            .Endpoint(endpoint => endpoint.Name = "access-button");
        bus.AddConsumer<RejectReasonConsumer>(typeof(AccessConsumerDefinition<RejectReasonConsumer>))
            .Endpoint(endpoint => endpoint.Name = "access-reject-reason");
        bus.AddConsumer<StaffCancelConsumer>(typeof(AccessConsumerDefinition<StaffCancelConsumer>))
            .Endpoint(endpoint => endpoint.Name = "access-staff-cancel");
        bus.AddConsumer<StaffInputClaimedConsumer>(typeof(AccessConsumerDefinition<StaffInputClaimedConsumer>))
            .Endpoint(endpoint => endpoint.Name = "access-staff-input-claimed");
    }
}
