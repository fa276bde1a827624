using Shop.Messaging;

namespace Shop.Access.Requests;

/// <summary>The saga id of a user: derived, so every message about the user finds the same saga without a lookup.</summary>
public static class AccessIds
{
    static readonly Guid Namespace = new("3f0c9a57-2d4b-4c1e-8b7a-5e2f61d0c9a4");

    public static Guid For(long userId) => MessageIds.Derive(Namespace, userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
