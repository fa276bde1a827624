using System.Text.Json;

namespace Shop.Sandbox.Tests;

public sealed class When_a_webhook_is_set
{
    [Fact]
    public async Task Updates_are_posted_with_the_secret_header_and_retried_until_accepted()
    {
        await using var receiver = await FakeWebhookReceiver.StartAsync(failuresFirst: 2);
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        (await sandbox.CallAsync("setWebhook", new { url = receiver.Url.ToString(), secret_token = "s3cret-Token_1" })).AssertOk();

        var sent = await sandbox.SendTextAsync(user, "hello webhook");
        var (body, secret) = await receiver.NextAsync();

        var update = JsonDocument.Parse(body).RootElement;
        Assert.Equal(sent.GetProperty("update_id").GetInt64(), update.GetProperty("update_id").GetInt64());
        Assert.Equal("hello webhook", update.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("s3cret-Token_1", secret);
        Assert.Equal(3, receiver.Attempts);
        var info = (await sandbox.CallAsync("getWebhookInfo")).AssertOk().Result;
        Assert.Equal(receiver.Url.ToString(), info.GetProperty("url").GetString());
        Assert.Equal("Wrong response from the webhook: 500 Internal Server Error", info.GetProperty("last_error_message").GetString());
    }

    [Fact]
    public async Task GetUpdates_conflicts_with_the_webhook_until_it_is_deleted()
    {
        await using var receiver = await FakeWebhookReceiver.StartAsync();
        await using var sandbox = await RunningSandbox.StartAsync();
        (await sandbox.CallAsync("setWebhook", new { url = receiver.Url.ToString() })).AssertOk();

        var whileSet = await sandbox.CallAsync("getUpdates");
        (await sandbox.CallAsync("deleteWebhook")).AssertOk();
        var afterDelete = await sandbox.CallAsync("getUpdates");

        whileSet.AssertError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        afterDelete.AssertOk();
        Assert.Equal("", (await sandbox.CallAsync("getWebhookInfo")).AssertOk().Result.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Undelivered_updates_stay_pending_and_go_to_polling_after_deleteWebhook()
    {
        await using var receiver = await FakeWebhookReceiver.StartAsync(failuresFirst: int.MaxValue);
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync();
        (await sandbox.CallAsync("setWebhook", new { url = receiver.Url.ToString() })).AssertOk();
        await sandbox.SendTextAsync(user, "never accepted");
        while (receiver.Attempts < 2)
        {
            await Task.Delay(20);
        }

        var pending = (await sandbox.CallAsync("getWebhookInfo")).AssertOk().Result.GetProperty("pending_update_count").GetInt32();
        (await sandbox.CallAsync("deleteWebhook")).AssertOk();
        var polled = await sandbox.GetUpdatesAsync();

        Assert.Equal(1, pending);
        Assert.Equal("never accepted", Assert.Single(polled).GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Invalid_webhook_settings_are_refused()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var badSecret = await sandbox.CallAsync("setWebhook", new { url = "http://127.0.0.1:1/hook", secret_token = "has space" });
        var badConnections = await sandbox.CallAsync("setWebhook", new { url = "http://127.0.0.1:1/hook", max_connections = 101 });

        badSecret.AssertError(400, "Bad Request: secret token contains unallowed characters");
        Assert.Equal(400, badConnections.Status);
    }
}
