using Shop.Messaging.Metrics;

namespace Shop.Messaging.Tests.Metrics;

public sealed class When_messages_are_labelled
{
    [Theory]
    [InlineData("rabbitmq://127.0.0.1:5672/shop/cart-state?bind=true", "cart-state")]
    [InlineData("rabbitmq://127.0.0.1:5672/ordering-checkout-button", "ordering-checkout-button")]
    [InlineData("rabbitmq://127.0.0.1:5672/test%2Fvhost/catalog-item", "catalog-item")]
    public void The_queue_is_the_last_segment_of_the_input_address(string address, string queue)
    {
        Assert.Equal(queue, ConsumeMetricsObserver.QueueName(new Uri(address)));
    }

    [Fact]
    public void The_message_type_is_its_short_name_with_generic_arguments()
    {
        Assert.Equal("QueueDepth", ConsumeMetricsObserver.MessageTypeName(typeof(QueueDepth)));
        Assert.Equal("List<Dictionary<String,QueueDepth>>",
            ConsumeMetricsObserver.MessageTypeName(typeof(List<Dictionary<string, QueueDepth>>)));
    }
}
