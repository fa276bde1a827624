using System.Text;
using RabbitMQ.Client;

namespace Shop.Ctl.Tests;

public sealed class When_reading_a_dead_letter
{
    [Fact]
    public void MassTransits_fault_headers_and_envelope_are_read()
    {
        var at = new DateTimeOffset(2025, 3, 1, 12, 30, 15, TimeSpan.Zero);

        var letter = TestLetters.Fault("charge-card_error", "Shop.Contracts.Ordering:ChargeCard", "System.TimeoutException", at,
            new Dictionary<string, object?> { ["MT-Fault-RetryCount"] = 2, ["x-delivery-count"] = 4L }, "id-1");

        Assert.Equal("id-1", letter.MessageId);
        Assert.Equal("Shop.Contracts.Ordering:ChargeCard", letter.MessageType);
        Assert.Equal("System.TimeoutException", letter.ExceptionType);
        Assert.Equal("it broke", letter.ExceptionMessage);
        Assert.Equal("   at Somewhere()", letter.StackTrace);
        Assert.Equal("rabbitmq://localhost/shop/charge-card", letter.InputAddress);
        Assert.Equal(2, letter.RetryCount);
        Assert.Equal(at, letter.FailedAt);
        Assert.Equal(4, letter.DeliveryCount);
        Assert.Equal(0, letter.ReplayCount);
    }

    [Fact]
    public void Without_an_envelope_the_type_comes_from_the_raw_serializers_header()
    {
        var properties = new BasicProperties
        {
            Headers = new Dictionary<string, object?>
            {
                ["MT-MessageType"] = Encoding.UTF8.GetBytes("urn:message:Shop.Contracts:Raw;urn:message:Shop.Contracts:IBase"),
            },
        };

        var letter = DeadLetter.From("raw_error", properties, Encoding.UTF8.GetBytes("""{"orderId":"x"}"""));

        Assert.Equal("Shop.Contracts:Raw", letter.MessageType);
        Assert.Null(letter.MessageId);
    }

    [Fact]
    public void A_body_that_is_not_json_is_still_read_and_shown_as_text()
    {
        var letter = DeadLetter.From("odd_error", new BasicProperties { MessageId = "m" }, Encoding.UTF8.GetBytes("not { json"));

        Assert.Null(letter.MessageType);
        Assert.Equal("not { json", Formats.Body(letter.Body));
    }

    [Fact]
    public void A_binary_body_is_shown_by_its_size()
    {
        Assert.Equal("(3 bytes, not text)", Formats.Body(new byte[] { 0xff, 0xfe, 0xfd }));
    }

    [Fact]
    public void A_json_body_is_indented_and_keeps_its_characters_readable()
    {
        var body = Formats.Body(TestLetters.Envelope("id-1", "Ordering:ChargeCard"));

        Assert.Contains("\n  \"messageId\": \"id-1\"", body);
        Assert.Contains("héllo \\\"quoted\\\"", body);
    }
}
