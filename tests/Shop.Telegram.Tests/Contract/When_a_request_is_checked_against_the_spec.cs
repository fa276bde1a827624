using System.Text.Json;

namespace Shop.Telegram.Tests;

public sealed class When_a_request_is_checked_against_the_spec
{
    private static readonly BotApiSpec Spec = BotApiSpec.Instance;

    public static TheoryData<string> Samples => RequestSamples.Names;

    [Fact]
    public void Every_request_type_has_a_sample()
    {
        var requestTypes = typeof(IBotRequest).Assembly.GetTypes()
            .Where(type => typeof(IBotRequest).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .ToList();
        var sampled = RequestSamples.All.Values.Select(sample => sample.GetType()).ToHashSet();

        Assert.NotEmpty(requestTypes);
        Assert.Empty(requestTypes.Where(type => !sampled.Contains(type)).Select(type => type.Name));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_serialized_property_of_the_sample_is_set(string sample)
    {
        var request = RequestSamples.All[sample];
        // Ignored properties stay in the contract with no getter; only the ones that reach the wire count.
        var unset = TelegramJson.Options.GetTypeInfo(request.GetType()).Properties
            .Where(property => property.Get is { } get && get(request) is null)
            .Select(property => property.Name);

        Assert.Empty(unset);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_method_exists_in_the_spec(string sample) =>
        Assert.True(Spec.HasMethod(RequestSamples.All[sample].MethodName), RequestSamples.All[sample].MethodName);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_required_parameter_is_present(string sample)
    {
        var (method, body) = Serialize(sample);

        var missing = Spec.MethodParameters(method)
            .Where(parameter => parameter.Required && !body.TryGetProperty(parameter.Name, out _))
            .Select(parameter => parameter.Name);

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void No_parameter_is_unknown_to_the_spec(string sample)
    {
        var (method, body) = Serialize(sample);
        var known = Spec.MethodParameters(method).Select(parameter => parameter.Name).ToHashSet();

        var unknown = body.EnumerateObject().Select(property => property.Name).Where(name => !known.Contains(name)).ToList();

        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_value_has_a_type_the_spec_allows_down_to_nested_fields(string sample)
    {
        var (method, body) = Serialize(sample);
        var errors = new List<string>();

        Spec.CheckObject(body, Spec.MethodParameters(method), method, errors);

        Assert.Empty(errors);
    }

    [Fact]
    public void The_checker_rejects_a_wrong_nested_field()
    {
        using var body = JsonDocument.Parse("""{"chat_id":1,"text":"x","reply_markup":{"inline_keyboard":[[{"text":"a","callback":"b"}]]}}""");
        var errors = new List<string>();

        Spec.CheckObject(body.RootElement, Spec.MethodParameters("sendMessage"), "sendMessage", errors);

        Assert.Contains(errors, error => error.Contains("callback is not known", StringComparison.Ordinal));
    }

    private static (string Method, JsonElement Body) Serialize(string sample)
    {
        var request = RequestSamples.All[sample];
        var body = JsonSerializer.SerializeToElement(request, request.GetType(), TelegramJson.Options);
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        return (request.MethodName, body);
    }
}
