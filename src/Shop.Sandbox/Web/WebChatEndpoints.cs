using Shop.Sandbox.Files;

namespace Shop.Sandbox.Web;

/// <summary>The web chat page at / and the files its bubbles show.</summary>
internal static class WebChatEndpoints
{
    private static readonly Lazy<string> Page = new(() =>
    {
        using var stream = typeof(WebChatEndpoints).Assembly.GetManifestResourceStream("Shop.Sandbox.Web.chat.html")
            ?? throw new InvalidOperationException("The web chat page is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static void MapWebChat(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", () => Results.Content(Page.Value, "text/html; charset=utf-8")).ExcludeFromDescription();

        routes.MapGet("/sandbox/files/{fileId}", (string fileId, FileStore files) => files.Find(fileId) switch
        {
            { Content: { } bytes } file => Results.File(bytes, file.ContentType),
            { Url: { } url } => Results.Redirect(url.ToString()),
            _ => Results.NotFound(),
        }).ExcludeFromDescription();

        routes.MapDemoImages();
    }
}
