namespace Shop.Ctl.Tests;

public sealed class When_choosing_where_a_dead_letter_goes
{
    [Theory]
    [InlineData("rabbitmq://127.0.0.1:55672/shop/charge-card", "charge-card")]
    [InlineData("rabbitmq://rabbit/charge-card", "charge-card")]
    [InlineData("rabbitmq://rabbit/shop/order-state?bind=true&queue=order-state", "order-state")]
    [InlineData("rabbitmq://rabbit/shop/orders%20in", "orders in")]
    public void A_fault_goes_back_to_the_queue_of_its_input_address(string inputAddress, string queue)
    {
        Assert.Equal(queue, DeadLetterQueues.ReplayTarget(inputAddress, "whatever_error"));
    }

    [Theory]
    [InlineData("charge-card_error", "charge-card")]
    [InlineData("charge-card_skipped", "charge-card")]
    public void Without_an_input_address_the_dead_letter_queues_name_tells_it(string deadLetterQueue, string queue)
    {
        Assert.Equal(queue, DeadLetterQueues.ReplayTarget(null, deadLetterQueue));
    }

    [Theory]
    [InlineData("cart_error", true)]
    [InlineData("cart_skipped", true)]
    [InlineData("cart", false)]
    [InlineData("cart_error_archive", false)]
    [InlineData("error", false)]
    public void Only_error_and_skipped_queues_count_as_dead_letter_queues(string queue, bool deadLetters)
    {
        Assert.Equal(deadLetters, DeadLetterQueues.IsDeadLetterQueue(queue));
    }

    [Fact]
    public void Each_dead_letter_queue_has_its_own_archive()
    {
        Assert.Equal("cart_error_archive", DeadLetterQueues.ArchiveOf("cart_error"));
    }
}
