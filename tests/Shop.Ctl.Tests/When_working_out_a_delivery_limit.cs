namespace Shop.Ctl.Tests;

public sealed class When_working_out_a_delivery_limit
{
    static readonly Version Rabbit3 = new(3, 10, 8);
    static readonly Version Rabbit4 = new(4, 0, 5);

    [Fact]
    public void A_quorum_queue_on_rabbitmq_3_has_none_unless_something_sets_one()
    {
        Assert.Null(DeliveryLimits.For("pay_error", "quorum", null, [], [], Rabbit3));
    }

    [Fact]
    public void A_quorum_queue_on_rabbitmq_4_gets_its_default()
    {
        Assert.Equal(DeliveryLimits.RabbitMq4Default, DeliveryLimits.For("pay_error", "quorum", null, [], [], Rabbit4));
    }

    [Fact]
    public void A_classic_queue_counts_no_deliveries()
    {
        Assert.Null(DeliveryLimits.For("pay_error", "classic", 5, [new QueuePolicy(".*", "all", 0, 3)], [], Rabbit4));
    }

    [Fact]
    public void The_lowest_of_argument_policy_and_operator_policy_applies()
    {
        var policies = new[] { new QueuePolicy("_error$", "queues", 0, 7) };
        var operatorPolicies = new[] { new QueuePolicy(".*", "all", 0, 5) };

        Assert.Equal(5, DeliveryLimits.For("pay_error", "quorum", 9, policies, operatorPolicies, Rabbit3));
        Assert.Equal(4, DeliveryLimits.For("pay_error", "quorum", 4, policies, operatorPolicies, Rabbit3));
    }

    [Fact]
    public void Only_the_highest_priority_matching_policy_applies()
    {
        var policies = new[]
        {
            new QueuePolicy(".*", "all", 1, 2),
            new QueuePolicy("_error$", "queues", 5, null),
            new QueuePolicy("^pay", "exchanges", 9, 1),
            new QueuePolicy("^ship", "queues", 9, 1),
        };

        Assert.Null(DeliveryLimits.Applying("pay_error", policies)?.DeliveryLimit);
        Assert.Null(DeliveryLimits.For("pay_error", "quorum", null, policies, [], Rabbit3));
    }

    [Fact]
    public void A_negative_limit_switches_the_limit_off_even_on_rabbitmq_4()
    {
        Assert.Null(DeliveryLimits.For("pay_error", "quorum", -1, [], [], Rabbit4));
    }
}
