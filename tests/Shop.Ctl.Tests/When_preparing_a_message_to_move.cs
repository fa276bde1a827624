using RabbitMQ.Client;

namespace Shop.Ctl.Tests;

public sealed class When_preparing_a_message_to_move
{
    static DeadLetter Letter(IDictionary<string, object?>? extra = null) => TestLetters.Fault(
        "pay_error", "Ordering:ChargeCard", "System.TimeoutException", DateTimeOffset.UtcNow,
        new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>())
        {
            ["MT-Fault-RetryCount"] = 2,
            ["x-delivery-count"] = 3L,
            ["Tenant"] = TestLetters.Bytes("acme"),
        },
        messageId: "5f1c0000-0000-0000-0000-000000000001");

    [Fact]
    public void A_replay_drops_every_fault_header_and_the_reason_and_keeps_the_rest()
    {
        var headers = OutgoingMessages.ReplayHeaders(Letter().Headers);

        Assert.DoesNotContain(headers.Keys, k => k.StartsWith("MT-Fault-", StringComparison.Ordinal));
        Assert.DoesNotContain("MT-Reason", headers.Keys);
        Assert.DoesNotContain("x-delivery-count", headers.Keys);
        Assert.Equal("acme", HeaderValues.Text(headers, "Tenant"));
        Assert.Equal("worker-1", HeaderValues.Text(headers, "MT-Host-MachineName"));
    }

    [Fact]
    public void A_replay_starts_a_fresh_redelivery_count()
    {
        var headers = OutgoingMessages.ReplayHeaders(Letter(new Dictionary<string, object?> { ["MT-Redelivery-Count"] = 3 }).Headers);

        Assert.DoesNotContain("MT-Redelivery-Count", headers.Keys);
    }

    [Fact]
    public void The_first_replay_is_counted_as_one()
    {
        Assert.Equal(1L, OutgoingMessages.ReplayHeaders(Letter().Headers)["MT-Replay-Count"]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(2L)]
    [InlineData("2")]
    public void A_further_replay_adds_one_whatever_integer_type_the_count_came_back_as(object previous)
    {
        var value = previous is string text ? TestLetters.Bytes(text) : previous;

        var headers = OutgoingMessages.ReplayHeaders(Letter(new Dictionary<string, object?> { ["MT-Replay-Count"] = value }).Headers);

        Assert.Equal(3L, headers["MT-Replay-Count"]);
        Assert.Single(headers.Keys, k => k.Equals("MT-Replay-Count", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_replay_keeps_the_message_id_and_properties_and_is_persistent()
    {
        var letter = Letter();

        var properties = OutgoingMessages.ForReplay(letter);

        Assert.Equal("5f1c0000-0000-0000-0000-000000000001", properties.MessageId);
        Assert.Equal("application/vnd.masstransit+json", properties.ContentType);
        Assert.Equal("corr-1", properties.CorrelationId);
        Assert.Equal(DeliveryModes.Persistent, properties.DeliveryMode);
        Assert.Equal(1L, properties.Headers!["MT-Replay-Count"]);
    }

    [Fact]
    public void An_archived_copy_keeps_its_fault_headers_but_not_the_brokers_delivery_count()
    {
        var properties = OutgoingMessages.ForArchive(Letter());

        Assert.Equal("System.TimeoutException", HeaderValues.Display(properties.Headers!["MT-Fault-ExceptionType"]));
        Assert.Equal(2, properties.Headers["MT-Fault-RetryCount"]);
        Assert.False(properties.Headers.ContainsKey("x-delivery-count"));
        Assert.False(properties.Headers.ContainsKey("MT-Replay-Count"));
        Assert.Equal("5f1c0000-0000-0000-0000-000000000001", properties.MessageId);
    }
}
