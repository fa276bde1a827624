namespace Shop.Ingress;

/// <summary>What the gate knows of a user: may use the shop, may not, or cannot tell yet (the replica is not loaded).</summary>
public enum AccessVerdict
{
    Allowed,
    Blocked,
    Unknown,
}
