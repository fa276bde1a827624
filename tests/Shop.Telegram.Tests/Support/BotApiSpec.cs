using System.Text.Json;

namespace Shop.Telegram.Tests;

/// <summary>The machine-readable Bot API spec, with a checker for JSON values against its types.</summary>
internal sealed class BotApiSpec
{
    private readonly Dictionary<string, IReadOnlyList<SpecField>> methods = [];
    private readonly Dictionary<string, IReadOnlyList<SpecField>> typeFields = [];
    private readonly Dictionary<string, IReadOnlyList<string>> subtypes = [];

    private BotApiSpec(JsonElement root)
    {
        foreach (var method in root.GetProperty("methods").EnumerateObject())
        {
            methods[method.Name] = FieldsOf(method.Value);
        }

        foreach (var type in root.GetProperty("types").EnumerateObject())
        {
            typeFields[type.Name] = FieldsOf(type.Value);
            if (type.Value.TryGetProperty("subtypes", out var names) && names.ValueKind == JsonValueKind.Array)
            {
                subtypes[type.Name] = [.. names.EnumerateArray().Select(name => name.GetString()!)];
            }
        }
    }

    public static BotApiSpec Instance { get; } = Load();

    public bool HasMethod(string name) => methods.ContainsKey(name);

    public IReadOnlyList<SpecField> MethodParameters(string name) => methods[name];

    public bool HasType(string name) => typeFields.ContainsKey(name);

    public IReadOnlyList<string> SubtypesOf(string name) => subtypes.GetValueOrDefault(name) ?? [];

    /// <summary>The fields of a type; for a union such as ChatMember, the fields of all its kinds.</summary>
    public IReadOnlyList<SpecField> FieldsOfType(string name) =>
        subtypes.TryGetValue(name, out var kinds)
            ? [.. kinds.SelectMany(FieldsOfType).DistinctBy(field => field.Name)]
            : typeFields[name];

    public void CheckObject(JsonElement value, IReadOnlyList<SpecField> fields, string path, List<string> errors)
    {
        foreach (var field in fields.Where(field => field.Required && !value.TryGetProperty(field.Name, out _)))
        {
            errors.Add($"{path}.{field.Name} is required but missing");
        }

        foreach (var property in value.EnumerateObject())
        {
            var field = fields.FirstOrDefault(candidate => candidate.Name == property.Name);
            if (field is null)
            {
                errors.Add($"{path}.{property.Name} is not known to the spec");
            }
            else
            {
                CheckValue(property.Value, field.Types, $"{path}.{property.Name}", errors);
            }
        }
    }

    public void CheckValue(JsonElement value, IReadOnlyList<string> types, string path, List<string> errors)
    {
        var attempts = new List<string>();
        foreach (var type in types)
        {
            var attempt = new List<string>();
            CheckAgainst(value, type, path, attempt);
            if (attempt.Count == 0)
            {
                return;
            }

            // For a union of objects there is no telling which kind was meant, so every kind's complaints are kept.
            if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                attempts.AddRange(attempt.Select(error => $"(as {type}) {error}"));
            }
        }

        errors.Add($"{path}: a JSON {value.ValueKind} matches none of {string.Join(" | ", types)}");
        errors.AddRange(attempts);
    }

    private void CheckAgainst(JsonElement value, string type, string path, List<string> errors)
    {
        const string arrayPrefix = "Array of ";
        switch (type)
        {
            case "Integer":
                Expect(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _));
                break;
            case "Float":
                Expect(value.ValueKind == JsonValueKind.Number);
                break;
            case "String":
                Expect(value.ValueKind == JsonValueKind.String);
                break;
            case "Boolean":
                Expect(value.ValueKind is JsonValueKind.True or JsonValueKind.False);
                break;
            case "True":
                Expect(value.ValueKind == JsonValueKind.True);
                break;
            case var array when array.StartsWith(arrayPrefix, StringComparison.Ordinal):
                if (value.ValueKind != JsonValueKind.Array)
                {
                    Expect(false);
                    break;
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(item, [array[arrayPrefix.Length..]], $"{path}[{index++}]", errors);
                }

                break;
            case var name when subtypes.TryGetValue(name, out var kinds):
                CheckValue(value, kinds, path, errors);
                break;
            case var name when typeFields.TryGetValue(name, out var fields):
                if (value.ValueKind != JsonValueKind.Object)
                {
                    Expect(false);
                    break;
                }

                CheckObject(value, fields, path, errors);
                break;
            default:
                // InputFile and anything unknown cannot appear in a JSON body.
                Expect(false);
                break;
        }

        void Expect(bool matches)
        {
            if (!matches)
            {
                errors.Add($"{path}: a JSON {value.ValueKind} is not a {type}");
            }
        }
    }

    private static IReadOnlyList<SpecField> FieldsOf(JsonElement entry) =>
        entry.TryGetProperty("fields", out var fields)
            ? [.. fields.EnumerateArray().Select(field => new SpecField(
                field.GetProperty("name").GetString()!,
                [.. field.GetProperty("types").EnumerateArray().Select(type => type.GetString()!)],
                field.GetProperty("required").GetBoolean()))]
            : [];

    private static BotApiSpec Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(SharedTelegramData.SpecPath));
        return new BotApiSpec(document.RootElement);
    }
}
