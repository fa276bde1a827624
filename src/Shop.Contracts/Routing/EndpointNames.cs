using System.Text;

namespace Shop.Contracts.Routing;

/// <summary>
/// The one way a queue is named: the worker, then the consumer in kebab case without its "Consumer" suffix
/// (<c>catalog-browse-button</c>). The bus's endpoint name formatter and the routing table both use it, so the queue a
/// worker declares and the address the Ingress sends to cannot drift apart.
/// </summary>
public static class EndpointNames
{
    static readonly string[] Suffixes = ["Consumer", "StateMachine", "Saga"];

    public static string For(string worker, string consumer) => $"{worker}-{Kebab(Trim(consumer))}";

    /// <summary>The worker a type belongs to, from its assembly (<c>Shop.Catalog</c> → <c>catalog</c>); null outside the shop's assemblies.</summary>
    public static string? WorkerOf(Type type)
    {
        var assembly = type.Assembly.GetName().Name ?? "";
        var parts = assembly.Split('.');
        return parts is ["Shop", var worker, ..] ? worker.ToLowerInvariant() : null;
    }

    static string Trim(string name)
    {
        foreach (var suffix in Suffixes)
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }

    static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) text.Append('-');
                text.Append(char.ToLowerInvariant(c));
            }
            else text.Append(c);
        }
        return text.ToString();
    }
}
