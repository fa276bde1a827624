using System.Globalization;
using System.Text.Json;

namespace Shop.Sandbox.BotApi;

/// <summary>
/// The parameters of one Bot API call, from the query string and a JSON, url-encoded or multipart body.
/// Like Telegram, numbers and booleans may arrive as strings, and JSON-valued parameters (reply_markup) as JSON text.
/// </summary>
internal sealed class BotParameters
{
    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IFormFile> _files = new(StringComparer.Ordinal);

    public static async Task<BotParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new BotParameters();
        foreach (var (name, value) in request.Query)
        {
            parameters.SetString(name, value.ToString());
        }
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (name, value) in form)
            {
                parameters.SetString(name, value.ToString());
            }
            foreach (var file in form.Files)
            {
                parameters._files[file.Name] = file;
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            }
            catch (JsonException)
            {
                throw BotApiException.BadRequest("can't parse JSON encoded request body");
            }
            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw BotApiException.BadRequest("JSON request body must be an object");
                }
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    parameters._values[property.Name] = property.Value.Clone();
                }
            }
        }
        return parameters;
    }

    public bool Has(string name) => _values.ContainsKey(name) || _files.ContainsKey(name);

    public IFormFile? File(string name) => _files.GetValueOrDefault(name);

    public string? String(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
    }

    public long? Long(string name)
    {
        if (!_values.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }
        if (value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }
        throw BotApiException.BadRequest($"invalid {name} specified");
    }

    public bool Bool(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return false;
        }
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => value.GetRawText() != "0",
            JsonValueKind.String => value.GetString()?.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "on",
            _ => false,
        };
    }

    /// <summary>A JSON-valued parameter: given as JSON in a JSON body, or as JSON text in a form.</summary>
    public JsonElement? Json(string name, string errorIfUnparsable)
    {
        if (!_values.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            return value;
        }
        var text = value.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest(errorIfUnparsable);
        }
    }

    /// <summary>chat_id as an integer; "@username" does not name a private chat, so it is not found.</summary>
    public long RequireChatId()
    {
        var raw = String("chat_id");
        if (string.IsNullOrEmpty(raw))
        {
            throw BotApiException.BadRequest("chat_id is empty");
        }
        return long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw BotApiException.BadRequest("chat not found");
    }

    private void SetString(string name, string value) => _values[name] = JsonSerializer.SerializeToElement(value);
}
