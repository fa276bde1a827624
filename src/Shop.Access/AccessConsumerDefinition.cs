using MassTransit;
using Shop.Access.Data;
using Shop.Messaging;

namespace Shop.Access;

/// <summary>Every Access consumer's endpoint: see <see cref="WorkerConsumerDefinition{TConsumer, TDbContext}"/>.</summary>
public sealed class AccessConsumerDefinition<TConsumer> : WorkerConsumerDefinition<TConsumer, AccessDbContext> where TConsumer : class, IConsumer;
