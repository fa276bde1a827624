namespace Shop.Sandbox.Tests;

public sealed class When_the_demo_catalog_needs_pictures
{
    [Fact]
    public async Task A_named_svg_picture_is_served_and_stays_the_same()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.Http.GetAsync("/sandbox/demo/coffee-mug.svg");
        var again = await sandbox.Http.GetStringAsync("/sandbox/demo/coffee-mug.svg");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains("<svg", svg);
        Assert.Contains("coffee mug", svg);
        Assert.Equal(svg, again);
    }

    [Fact]
    public async Task A_photo_sent_by_its_url_is_shown_in_the_chat()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var user = await sandbox.CreateUserAsync("Ida");
        var url = new Uri(sandbox.Http.BaseAddress!, "/sandbox/demo/tea.svg").ToString();

        var sent = await sandbox.CallAsync("sendPhoto", new { chat_id = user, photo = url, caption = "Tea" });
        var fileId = sent.AssertOk().Result.GetProperty("photo")[0].GetProperty("file_id").GetString();
        var picture = await sandbox.Http.GetAsync($"/sandbox/files/{fileId}");

        Assert.Equal("image/svg+xml", picture.Content.Headers.ContentType!.MediaType);
    }
}
