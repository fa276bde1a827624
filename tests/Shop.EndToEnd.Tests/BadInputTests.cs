using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shop.Testing;

namespace Shop.EndToEnd.Tests;

/// <summary>
/// Floods the shop with bad input: malformed, truncated, oversized and mistyped webhook bodies, forged and stale button data,
/// texts at Telegram's length limit. The shop answers each with a clear status (never a 500), keeps working, faults nothing
/// into an error queue, and changes nothing it should not.
/// </summary>
public sealed class When_bad_input_floods_the_shop(WebhookShopUnderTest shop) : IClassFixture<WebhookShopUnderTest>
{
    const string Snapshot = """
        SELECT md5(coalesce((SELECT string_agg(id::text || ':' || stock || ':' || version, ',' ORDER BY id) FROM catalog.products), '')
            || coalesce((SELECT string_agg(user_id || ':' || product_id || ':' || quantity, ',' ORDER BY user_id, product_id) FROM cart.cart_lines), '')
            || (SELECT count(*) FROM ordering.orders)::text || (SELECT count(*) FROM ordering.checkouts)::text)
        """;

    [Fact]
    public async Task Nothing_dies_nothing_answers_500_nothing_changes_and_nothing_faults()
    {
        var customer = await shop.Sandbox.CreateUserAsync("Mallory");
        await shop.Sandbox.SendTextAsync(customer.Id, "/start");
        var home = await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "sent");
        var before = await shop.Database.TextAsync(Snapshot);
        var logged = shop.Logs.Entries.Count;

        using var http = new HttpClient();
        var statuses = new Dictionary<HttpStatusCode, int>();
        foreach (var body in MalformedBodies(1500))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, shop.WebhookUri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", ShopUnderTest.WebhookSecret);
            using var response = await http.SendAsync(request);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }
        var last = home.Seq;
        foreach (var data in ForgedButtons(customer.Id).Take(300))
        {
            using var response = await shop.Sandbox.PressAsync(customer.Id, home.MessageId!.Value, data, force: true);
            if (!response.IsSuccessStatusCode) continue; // the sandbox itself refuses data Telegram would refuse (over 64 bytes)
            try
            {
                last = (await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "callback_answered", after: last, patience: TimeSpan.FromSeconds(20))).Seq;
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"Nobody answered the forged press '{data}'", e);
            }
        }
        for (var i = 0; i < 20; i++) await shop.Sandbox.SendTextAsync(customer.Id, new string('я', 4096));

        Assert.DoesNotContain(statuses.Keys, status => (int)status >= 500);
        Assert.Contains(HttpStatusCode.BadRequest, statuses.Keys);
        Assert.Contains(HttpStatusCode.RequestEntityTooLarge, statuses.Keys);
        // Still serving: a real update after the flood gets its answer.
        var after = (await shop.Sandbox.GetEventsAsync(customer.Id, 0, 0)).LastSeq;
        await shop.Sandbox.SendTextAsync(customer.Id, "/start");
        await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "sent" && e.Text!.Contains("Mallory"), after: after);
        Assert.Equal(before, await shop.Database.TextAsync(Snapshot));
        Assert.Empty(await FaultedQueuesAsync());
        // Each refused body is logged once, in one line; nothing in the flood logged a stack trace.
        var flood = shop.Logs.Entries.Skip(logged).ToList();
        var refusals = statuses.Where(s => (int)s.Key is >= 400 and < 500).Sum(s => s.Value);
        Assert.Equal(refusals, flood.Count(e => e.Message.StartsWith("Webhook body refused", StringComparison.Ordinal)));
        Assert.Empty(flood.Where(e => e.Exception is not null).Select(e => $"{e.Category}: {e.Message}"));
    }

    /// <summary>Garbage, truncated updates, wrong types, bodies over the size limit, and valid JSON that is not an update.</summary>
    static IEnumerable<byte[]> MalformedBodies(int count)
    {
        var random = new Random(42);
        var valid = """{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"from":{"id":5,"is_bot":false,"first_name":"M"},"text":"/start"}}""";
        for (var i = 0; i < count; i++)
        {
            yield return (i % 6) switch
            {
                0 => RandomBytes(random, random.Next(1, 2000)),
                1 => Encoding.UTF8.GetBytes(valid[..random.Next(1, valid.Length - 1)]),
                2 => Encoding.UTF8.GetBytes("""{"update_id":"not a number","message":{"message_id":[],"chat":"x"}}"""),
                3 => Encoding.UTF8.GetBytes(i % 60 == 3 ? "{\"update_id\":" + new string('9', 300_000) + "}" : "[1,2,3]"),
                4 => Encoding.UTF8.GetBytes("""{"update_id":-1,"callback_query":{"id":"","from":null,"data":123}}"""),
                _ => Encoding.UTF8.GetBytes("null"),
            };
        }
    }

    static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Button data no screen ever showed this user: other workers' prefixes with made-up ids, garbage, other people's orders.</summary>
    static IEnumerable<string> ForgedButtons(long userId)
    {
        var random = new Random(7);
        string[] forms =
        [
            "k:add:{0}:1", "k:add:{0}:999999", "k:inc:{0}", "k:del:{0}", "k:add:xyz:1", "k:clear:no",
            "c:p:{0}", "c:cat:{0}:99999", "c:p:{0}:-5", "c:edit:{0}:price",
            "o:acc:{0}", "o:rr:{0}:stock", "o:cxy:{0}", "o:my:{0}", "o:v:{0}", "o:ls:-1", "o:co:ok:{0}", "o:co:back:{0}:nowhere",
            "home:extra", "help", "💥", "k:", "o:", "c:",
        ];
        while (true)
        {
            var form = forms[random.Next(forms.Length)];
            yield return string.Format(form, Guid.NewGuid().ToString("N"));
        }
    }

    async Task<IReadOnlyList<string>> FaultedQueuesAsync()
    {
        var queues = await shop.Vhost.Management.GetFromJsonAsync<JsonElement>($"api/queues/{Uri.EscapeDataString(shop.Vhost.Name)}");
        return queues.EnumerateArray()
            .Where(q => (q.GetProperty("name").GetString()!.EndsWith("_error", StringComparison.Ordinal)
                    || q.GetProperty("name").GetString()!.EndsWith("_skipped", StringComparison.Ordinal))
                && q.TryGetProperty("messages", out var messages) && messages.GetInt64() > 0)
            .Select(q => q.GetProperty("name").GetString()!)
            .ToList();
    }
}
