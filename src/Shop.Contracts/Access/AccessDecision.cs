namespace Shop.Contracts.Access;

/// <summary>What an owner decides about a user: on a request (approve, reject) or at any time (grant, revoke).</summary>
public enum AccessDecision
{
    Approve,
    Reject,
    Grant,
    Revoke,
}
