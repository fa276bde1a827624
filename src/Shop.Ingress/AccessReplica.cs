using Microsoft.Extensions.Options;
using Shop.Contracts.Access;
using Shop.Messaging;

namespace Shop.Ingress;

/// <summary>
/// This process's copy of who may use the shop: loaded from the Access worker, kept current by its events, and loaded
/// again from time to time in case events were missed. Events that arrive while a list is on its way are kept and replayed
/// on top of it in order, so a change made meanwhile is not lost (replaying one the list already has changes nothing).
/// Owners always pass. Until loaded, a shop configured <c>ApprovalRequired</c> knows nobody (fail closed); one configured
/// <c>Open</c> lets everyone through, so a shop that does not run the Access worker keeps working.
/// </summary>
public sealed class AccessReplica(IOptions<ShopOptions> shop)
{
    readonly object _sync = new();
    bool _loaded;
    /// <summary>Events since a list was asked for, replayed on top of it; null while none is on its way.</summary>
    List<object>? _onTheWay = [];
    AccessMode _mode;
    HashSet<long> _allowed = [];
    readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes once the gate can judge every user: at once for a shop configured <c>Open</c> (it lets everyone through
    /// until the list says otherwise), at the first list for one configured <c>ApprovalRequired</c>.
    /// </summary>
    public Task WhenReadyAsync(CancellationToken cancellationToken) =>
        shop.Value.InitialAccessMode == AccessMode.Open ? Task.CompletedTask : _firstLoad.Task.WaitAsync(cancellationToken);

    public bool IsLoaded
    {
        get
        {
            lock (_sync) return _loaded;
        }
    }

    public AccessVerdict Check(long userId)
    {
        if (shop.Value.IsOwner(userId)) return AccessVerdict.Allowed;
        lock (_sync)
        {
            if (!_loaded)
                return shop.Value.InitialAccessMode == AccessMode.Open ? AccessVerdict.Allowed : AccessVerdict.Unknown;
            return _mode == AccessMode.Open || _allowed.Contains(userId) ? AccessVerdict.Allowed : AccessVerdict.Blocked;
        }
    }

    /// <summary>Call before asking for the list again: events from now on are replayed on top of the answer.</summary>
    public void BeginRefresh()
    {
        lock (_sync) _onTheWay = [];
    }

    public void Load(AccessList list)
    {
        lock (_sync)
        {
            _mode = list.Mode;
            _allowed = [.. list.AllowedUserIds];
            foreach (var change in _onTheWay ?? []) ApplyLoaded(change);
            _onTheWay = null;
            _loaded = true;
        }
        _firstLoad.TrySetResult();
    }

    /// <summary>Applies an <see cref="AccessGranted"/>, <see cref="AccessRevoked"/> or <see cref="AccessModeChanged"/>.</summary>
    public void Apply(object change)
    {
        lock (_sync)
        {
            // Before the first list there is nothing to apply it to; the list's answer gets it.
            if (_loaded) ApplyLoaded(change);
            _onTheWay?.Add(change);
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
