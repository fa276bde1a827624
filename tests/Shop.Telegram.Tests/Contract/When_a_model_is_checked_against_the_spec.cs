using System.Text.Json.Serialization.Metadata;

namespace Shop.Telegram.Tests;

public sealed class When_a_model_is_checked_against_the_spec
{
    private static readonly BotApiSpec Spec = BotApiSpec.Instance;

    private static readonly IReadOnlyDictionary<string, Type> Models = CollectModels();

    public static TheoryData<string> ModelNames => [.. Models.Keys.Order()];

    [Fact]
    public void Every_type_the_client_reads_or_writes_is_checked()
    {
        string[] expected =
        [
            "Update", "Message", "User", "Chat", "MessageEntity", "PhotoSize", "Contact", "CallbackQuery", "PreCheckoutQuery",
            "ShippingQuery", "ShippingAddress", "OrderInfo", "SuccessfulPayment", "Invoice", "ChatMemberUpdated", "ChatMember",
            "InlineKeyboardMarkup", "InlineKeyboardButton", "ReplyKeyboardMarkup", "KeyboardButton", "ReplyKeyboardRemove",
            "BotCommand", "LabeledPrice", "WebhookInfo", "ResponseParameters", "LinkPreviewOptions",
        ];

        Assert.Empty(expected.Except(Models.Keys));
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void The_spec_has_a_type_of_the_same_name(string model) => Assert.True(Spec.HasType(model), model);

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Every_property_is_a_field_of_the_spec_type(string model)
    {
        var fields = Spec.FieldsOfType(model).Select(field => field.Name).ToHashSet();

        var invented = JsonProperties(Models[model]).Select(property => property.Name).Where(name => !fields.Contains(name));

        Assert.Empty(invented);
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Every_property_has_a_clr_type_that_fits_the_spec_type(string model)
    {
        var fields = Spec.FieldsOfType(model).ToDictionary(field => field.Name);

        var misfits = JsonProperties(Models[model])
            .Where(property => fields.ContainsKey(property.Name) && !fields[property.Name].Types.Any(type => Fits(property.PropertyType, type)))
            .Select(property => $"{property.Name}: {property.PropertyType.Name} vs {string.Join(" | ", fields[property.Name].Types)}");

        Assert.Empty(misfits);
    }

    private static bool Fits(Type clr, string specType)
    {
        clr = Nullable.GetUnderlyingType(clr) ?? clr;
        const string arrayPrefix = "Array of ";
        if (specType.StartsWith(arrayPrefix, StringComparison.Ordinal))
        {
            return ElementType(clr) is { } element && Fits(element, specType[arrayPrefix.Length..]);
        }

        return specType switch
        {
            "Integer" => clr == typeof(int) || clr == typeof(long),
            "Float" => clr == typeof(double),
            "String" => clr == typeof(string),
            "Boolean" or "True" => clr == typeof(bool),
            _ => clr.Name == specType || Spec.SubtypesOf(specType).Contains(clr.Name),
        };
    }

    private static Type? ElementType(Type clr) =>
        clr.IsArray ? clr.GetElementType()
        : clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? clr.GetGenericArguments()[0]
        : null;

    private static Type Unwrap(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return ElementType(type) is { } element ? Unwrap(element) : type;
    }

    // [JsonIgnore] properties stay in the contract without a getter; they never reach the wire.
    private static IEnumerable<JsonPropertyInfo> JsonProperties(Type type) =>
        TelegramJson.Options.GetTypeInfo(type).Properties.Where(property => property.Get is not null && !property.IsExtensionData);

    // Everything reachable from what the client sends (requests) and reads (their results, updates, error envelopes).
    private static Dictionary<string, Type> CollectModels()
    {
        var assembly = typeof(IBotRequest).Assembly;
        var requestTypes = assembly.GetTypes().Where(type => typeof(IBotRequest).IsAssignableFrom(type) && !type.IsInterface);
        var roots = requestTypes
            .Concat(requestTypes.SelectMany(type => type.GetInterfaces())
                .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IBotRequest<>))
                .Select(contract => contract.GetGenericArguments()[0]))
            .Append(typeof(Update))
            .Append(typeof(ResponseParameters));

        var models = new Dictionary<string, Type>();
        var visited = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.TryDequeue(out var type))
        {
            type = Unwrap(type);
            if (type.Assembly != assembly || !visited.Add(type))
            {
                continue;
            }

            if (type.IsAbstract)
            {
                foreach (var kind in assembly.GetTypes().Where(candidate => candidate.IsSubclassOf(type) && !candidate.IsAbstract))
                {
                    pending.Enqueue(kind);
                }

                continue;
            }

            if (!typeof(IBotRequest).IsAssignableFrom(type))
            {
                models[type.Name] = type;
            }

            foreach (var property in JsonProperties(type))
            {
                pending.Enqueue(property.PropertyType);
            }
        }

        return models;
    }
}
