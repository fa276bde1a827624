using System.Net;
using System.Text;

namespace Shop.Telegram.Tests;

/// <summary>An in-test Bot API: records each request and answers with whatever the test scripted.</summary>
internal sealed class FakeTelegram(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    public List<CapturedRequest> Requests { get; } = [];

    public CapturedRequest Single => Assert.Single(Requests);

    public static FakeTelegram Answering(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) }));

    public static FakeTelegram AnsweringOk(string resultJson) => Answering(HttpStatusCode.OK, $$"""{"ok":true,"result":{{resultJson}}}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(await CapturedRequest.ReadAsync(request, cancellationToken));
        return await answer(request, cancellationToken);
    }
}
