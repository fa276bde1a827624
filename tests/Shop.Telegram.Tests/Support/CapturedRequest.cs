namespace Shop.Telegram.Tests;

/// <summary>What a fake Telegram saw of one request, read before the client disposes the content.</summary>
internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, string? ContentType, string Body, IReadOnlyList<FormPart> Parts)
{
    public static async Task<CapturedRequest> ReadAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var parts = new List<FormPart>();
        if (request.Content is MultipartFormDataContent form)
        {
            foreach (var part in form)
            {
                var disposition = part.Headers.ContentDisposition;
                parts.Add(new FormPart(
                    disposition?.Name?.Trim('"') ?? "",
                    disposition?.FileName?.Trim('"'),
                    part.Headers.ContentType?.MediaType,
                    await part.ReadAsByteArrayAsync(ct)));
            }
        }

        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        return new CapturedRequest(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.MediaType, body, parts);
    }
}
