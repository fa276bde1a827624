using Microsoft.Extensions.Options;
using Shop.Contracts.Access;
using Shop.Messaging;

namespace Shop.Ingress;

/// <summary>
/// This process's copy of who may use the shop: loaded once from the Access worker, then kept current by its events.
/// Events that arrive before the load are kept and replayed on top of it in order, so a change made while the list was on
/// its way is not lost. Owners always pass. Until loaded, a shop configured <c>ApprovalRequired</c> knows nobody (fail
/// closed); one configured <c>Open</c> lets everyone through, so a shop that does not run the Access worker keeps working.
/// </summary>
public sealed class AccessReplica(IOptions<ShopOptions> shop)
{
    readonly object _sync = new();
    List<object>? _beforeLoad = [];
    AccessMode _mode;
    HashSet<long> _allowed = [];

    public bool IsLoaded
    {
        get
        {
            lock (_sync) return _beforeLoad is null;
        }
    }

    public AccessVerdict Check(long userId)
    {
        if (shop.Value.IsOwner(userId)) return AccessVerdict.Allowed;
        lock (_sync)
        {
            if (_beforeLoad is not null)
                return shop.Value.InitialAccessMode == AccessMode.Open ? AccessVerdict.Allowed : AccessVerdict.Unknown;
            return _mode == AccessMode.Open || _allowed.Contains(userId) ? AccessVerdict.Allowed : AccessVerdict.Blocked;
        }
    }

    public void Load(AccessList list)
    {
        lock (_sync)
        {
            _mode = list.Mode;
            _allowed = [.. list.AllowedUserIds];
            foreach (var change in _beforeLoad ?? []) ApplyLoaded(change);
            _beforeLoad = null;
        }
    }

    /// <summary>Applies an <see cref="AccessGranted"/>, <see cref="AccessRevoked"/> or <see cref="AccessModeChanged"/>.</summary>
    public void Apply(object change)
    {
        lock (_sync)
        {
            if (_beforeLoad is not null) _beforeLoad.Add(change);
            else ApplyLoaded(change);
        }
    }

    void ApplyLoaded(object change)
    {
        switch (change)
        {
            case AccessGranted granted:
                _allowed.Add(granted.UserId);
                break;
            case AccessRevoked revoked:
                _allowed.Remove(revoked.UserId);
                break;
            case AccessModeChanged mode:
                _mode = mode.Mode;
                break;
        }
    }
}
