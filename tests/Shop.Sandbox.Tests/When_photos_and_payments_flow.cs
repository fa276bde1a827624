using System.Net;

namespace Shop.Sandbox.Tests;

public sealed class When_photos_and_payments_flow
{
    [Fact]
    public async Task An_uploaded_photo_gets_a_file_id_that_can_be_reused_and_downloaded()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        var uploaded = (await sandbox.SendAsync("sendPhoto", TestImages.Upload(user, caption: "Green tea"))).AssertOk().Result;
        var size = uploaded.GetProperty("photo")[0];
        var fileId = size.GetProperty("file_id").GetString();
        var reused = (await sandbox.CallAsync("sendPhoto", new { chat_id = user, photo = fileId, caption = "Again" })).AssertOk().Result;
        var bytes = await sandbox.Http.GetByteArrayAsync($"/sandbox/files/{fileId}");
        var unknown = await sandbox.CallAsync("sendPhoto", new { chat_id = user, photo = "no-such-file" });

        Assert.Equal(3, size.GetProperty("width").GetInt32());
        Assert.Equal(2, size.GetProperty("height").GetInt32());
        Assert.False(string.IsNullOrEmpty(size.GetProperty("file_unique_id").GetString()));
        Assert.Equal("Green tea", uploaded.GetProperty("caption").GetString());
        Assert.Equal(fileId, reused.GetProperty("photo")[0].GetProperty("file_id").GetString());
        Assert.Equal(TestImages.Png, bytes);
        unknown.AssertError(400, "Bad Request: wrong file identifier/HTTP URL specified");
    }

    [Fact]
    public async Task A_user_photo_gets_a_file_id_the_bot_can_send_back()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();

        await sandbox.ControlAsync($"/sandbox/api/users/{user}/messages", new { photo_base64 = Convert.ToBase64String(TestImages.Png), caption = "my receipt" });
        var message = Assert.Single(await sandbox.GetUpdatesAsync()).GetProperty("message");
        var fileId = message.GetProperty("photo")[0].GetProperty("file_id").GetString();
        var echoed = await sandbox.CallAsync("sendPhoto", new { chat_id = user, photo = fileId });

        Assert.Equal("my receipt", message.GetProperty("caption").GetString());
        echoed.AssertOk();
    }

    [Fact]
    public async Task A_shared_contact_arrives_with_the_users_id()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync("Ann");

        await sandbox.ControlAsync($"/sandbox/api/users/{user}/messages", new { contact = new { phone_number = "+15550100", first_name = "Ann" } });
        var contact = Assert.Single(await sandbox.GetUpdatesAsync()).GetProperty("message").GetProperty("contact");

        Assert.Equal("+15550100", contact.GetProperty("phone_number").GetString());
        Assert.Equal(user, contact.GetProperty("user_id").GetInt64());
    }

    [Fact]
    public async Task Paying_an_invoice_asks_the_bot_and_approval_produces_a_successful_payment()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        var invoice = (await sandbox.CallAsync("sendInvoice", new
        {
            chat_id = user,
            title = "Order 17",
            description = "2 x Green tea",
            payload = "order:17",
            currency = "XTR",
            prices = new[] { new { label = "Total", amount = 250 } },
        })).AssertOk().Result;
        var messageId = invoice.GetProperty("message_id").GetInt32();

        await sandbox.ControlAsync($"/sandbox/api/users/{user}/pay", new { message_id = messageId });
        var query = Assert.Single(await sandbox.GetUpdatesAsync()).GetProperty("pre_checkout_query");
        var lastId = (await sandbox.GetUpdatesAsync())[0].GetProperty("update_id").GetInt64();
        (await sandbox.CallAsync("answerPreCheckoutQuery", new { pre_checkout_query_id = query.GetProperty("id").GetString(), ok = true })).AssertOk();
        var paid = Assert.Single(await sandbox.GetUpdatesAsync(offset: lastId + 1)).GetProperty("message");

        Assert.Equal(250, invoice.GetProperty("invoice").GetProperty("total_amount").GetInt64());
        Assert.Equal("order:17", query.GetProperty("invoice_payload").GetString());
        Assert.Equal(250, query.GetProperty("total_amount").GetInt64());
        var payment = paid.GetProperty("successful_payment");
        Assert.Equal("XTR", payment.GetProperty("currency").GetString());
        Assert.Equal("order:17", payment.GetProperty("invoice_payload").GetString());
        Assert.False(string.IsNullOrEmpty(payment.GetProperty("telegram_payment_charge_id").GetString()));
        await sandbox.ControlAsync($"/sandbox/api/users/{user}/pay", new { message_id = 99 }, HttpStatusCode.BadRequest);
    }
}
