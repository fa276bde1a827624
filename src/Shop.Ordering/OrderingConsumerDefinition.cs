using MassTransit;
using Shop.Ordering.Data;
using Shop.Messaging;

namespace Shop.Ordering;

/// <summary>Every Ordering consumer's endpoint: see <see cref="WorkerConsumerDefinition{TConsumer, TDbContext}"/>.</summary>
public sealed class OrderingConsumerDefinition<TConsumer> : WorkerConsumerDefinition<TConsumer, OrderingDbContext> where TConsumer : class, IConsumer;
