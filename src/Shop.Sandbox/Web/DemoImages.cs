using System.Net;

namespace Shop.Sandbox.Web;

/// <summary>
/// Simple product pictures for the shop's demo catalog (GET /sandbox/demo/{name}.svg), so the demo needs no internet:
/// a coloured tile, the colour derived from the name, with the name written on it.
/// </summary>
public static class DemoImages
{
    public static void MapDemoImages(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/sandbox/demo/{name}.svg", (string name) => Results.Content(Render(name), "image/svg+xml"))
            .ExcludeFromDescription();

    public static string Render(string name)
    {
        var label = WebUtility.HtmlEncode(name.Replace('-', ' ').Replace('_', ' '));
        var hue = (int)((uint)StableHash(name) % 360);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">
              <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
                <stop offset="0" stop-color="hsl({hue},70%,62%)"/><stop offset="1" stop-color="hsl({(hue + 40) % 360},70%,42%)"/>
              </linearGradient></defs>
              <rect width="800" height="600" fill="url(#g)"/>
              <circle cx="400" cy="260" r="130" fill="rgba(255,255,255,0.25)"/>
              <text x="400" y="500" font-family="sans-serif" font-size="56" fill="#fff" text-anchor="middle">{label}</text>
            </svg>
            """;
    }

    // string.GetHashCode differs between runs; the picture of a name should not.
    static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked(hash * 31 + c);
        return hash;
    }
}
