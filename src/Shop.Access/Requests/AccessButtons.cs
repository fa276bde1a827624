using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Shop.Storefront;

namespace Shop.Access.Requests;

/// <summary>
/// The callback data of access buttons (<c>a:</c>) and their strict reading: anything not exactly one of these forms is
/// refused. Who pressed is checked by the consumer and again by the saga.
/// </summary>
public static class AccessButtons
{
    public const string Prefix = Buttons.AccessPrefix;

    /// <summary>The most pages the request list can be paged to; a forged page beyond it is refused.</summary>
    public const int MaxPage = 10_000;

    public static string Approve(long userId, int requestNumber) => Invariant($"a:ok:{userId}:{requestNumber}");

    public static string Reject(long userId, int requestNumber) => Invariant($"a:no:{userId}:{requestNumber}");

    public static string RejectWithoutReason(long userId, int requestNumber) => Invariant($"a:nr:{userId}:{requestNumber}");

    public static string List(int page) => Invariant($"a:ls:{page}");

    public static bool TryParse(string data, [NotNullWhen(true)] out AccessPress? press)
    {
        press = data.Split(':') switch
        {
            ["a", "ok", var user, var number] when TryUser(user, number, out var id, out var n) => new AccessPress(AccessPressKind.Approve, id, n),
            ["a", "no", var user, var number] when TryUser(user, number, out var id, out var n) => new AccessPress(AccessPressKind.AskReject, id, n),
            ["a", "nr", var user, var number] when TryUser(user, number, out var id, out var n) =>
                new AccessPress(AccessPressKind.RejectWithoutReason, id, n),
            ["a", "ls", var page] when TryNumber(page, out var p) && p <= MaxPage => new AccessPress(AccessPressKind.List, Page: p),
            _ => null,
        };
        return press is not null;
    }

    static bool TryUser(string user, string number, out long userId, out int requestNumber)
    {
        requestNumber = 0;
        return AccessRules.TryParseUserId(user, out userId) && user == userId.ToString(CultureInfo.InvariantCulture)
            && TryNumber(number, out requestNumber) && requestNumber > 0;
    }

    static bool TryNumber(string text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && text == number.ToString(CultureInfo.InvariantCulture);

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
