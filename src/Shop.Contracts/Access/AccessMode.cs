namespace Shop.Contracts.Access;

/// <summary>Who may use the shop: everyone, or only owners and the people they approved.</summary>
public enum AccessMode
{
    Open,
    ApprovalRequired,
}
