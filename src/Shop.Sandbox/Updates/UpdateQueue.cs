using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Shop.Sandbox.BotApi;

namespace Shop.Sandbox.Updates;

/// <summary>
/// The bot's pending updates, handed out by getUpdates or pushed to the webhook, with Telegram's rules:
/// increasing update_id, confirmation by offset, one poller at a time, no polling while a webhook is set.
/// </summary>
internal sealed class UpdateQueue(TimeProvider time, SandboxStats stats, IOptions<SandboxOptions> options)
{
    public const string OtherPollerConflict = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
    public const string WebhookActiveConflict = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

    // Telegram leaves these out unless the bot asks for them by name.
    private static readonly HashSet<string> OptInKinds = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _gate = new();
    private readonly List<QueuedUpdate> _pending = [];
    private readonly Dictionary<long, QueuedUpdate> _history = [];
    private readonly Queue<long> _historyOrder = new();
    private readonly ChangeSignal _changed = new();
    private HashSet<string>? _allowed;
    private long _lastUpdateId;
    private WebhookConfig? _webhook;
    private TaskCompletionSource<string>? _activePoll;
    private DateTimeOffset? _lastErrorDate;
    private string? _lastErrorMessage;

    /// <summary>Queues a generated update unless allowed_updates excludes its kind; returns its id, or null when filtered.</summary>
    public long? Enqueue(string kind, JsonObject payload)
    {
        lock (_gate)
        {
            if (_allowed is null ? OptInKinds.Contains(kind) : !_allowed.Contains(kind))
            {
                return null;
            }
            var id = ++_lastUpdateId;
            var update = new JsonObject { ["update_id"] = id, [kind] = payload };
            Add(new QueuedUpdate(id, update.ToJsonString(SandboxJson.Options)));
            return id;
        }
    }

    /// <summary>Queues a body exactly as given (for forged or malformed updates in tests).</summary>
    public void EnqueueRaw(string json, long? updateId)
    {
        lock (_gate)
        {
            if (updateId > _lastUpdateId)
            {
                // Later generated updates must not reuse a forged id, or a deduplicating bot would drop them.
                _lastUpdateId = updateId.Value;
            }
            Add(new QueuedUpdate(updateId, json));
        }
    }

    /// <summary>Queues an already emitted update again, same id and body, as Telegram's at-least-once delivery may.</summary>
    public bool Redeliver(long updateId)
    {
        lock (_gate)
        {
            if (!_history.TryGetValue(updateId, out var original))
            {
                return false;
            }
            _pending.Add(new QueuedUpdate(original.UpdateId, original.Json));
            stats.CountUpdateEmitted();
            _changed.Pulse();
            return true;
        }
    }

    public async Task<string> PollAsync(long? offset, int limit, TimeSpan timeout, IReadOnlyList<string>? allowedUpdates, CancellationToken cancellationToken)
    {
        var ticket = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_webhook is not null)
            {
                throw new BotApiException(409, WebhookActiveConflict);
            }
            _activePoll?.TrySetResult(OtherPollerConflict);
            _activePoll = ticket;
            if (allowedUpdates is not null)
            {
                _allowed = allowedUpdates.Count == 0 ? null : [.. allowedUpdates];
            }
            Confirm(offset);
        }
        try
        {
            using var deadline = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : Timeout.InfiniteTimeSpan, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    if (ticket.Task.IsCompleted)
                    {
                        throw new BotApiException(409, ticket.Task.Result);
                    }
                    changed = _changed.Next;
                    var batch = _pending.Take(limit).ToList();
                    if (batch.Count > 0 || timeout <= TimeSpan.Zero || linked.IsCancellationRequested)
                    {
                        batch.ForEach(u => u.HandedOut = true);
                        return "[" + string.Join(',', batch.Select(u => u.Json)) + "]";
                    }
                }
                try
                {
                    await Task.WhenAny(changed, ticket.Task).WaitAsync(linked.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Timed out: one more look, then an empty answer.
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_activePoll == ticket)
                {
                    _activePoll = null;
                }
            }
        }
    }

    public void SetWebhook(WebhookConfig config, bool dropPendingUpdates)
    {
        lock (_gate)
        {
            var previous = _webhook;
            _webhook = config;
            previous?.Stop();
            if (dropPendingUpdates)
            {
                _pending.Clear();
            }
            _pending.ForEach(u => u.ClaimedBy = null);
            if (config.AllowedUpdates is { } allowed)
            {
                _allowed = allowed.Count == 0 ? null : [.. allowed];
            }
            _lastErrorDate = null;
            _lastErrorMessage = null;
            _activePoll?.TrySetResult(WebhookActiveConflict);
            _changed.Pulse();
        }
    }

    public void DeleteWebhook(bool dropPendingUpdates)
    {
        lock (_gate)
        {
            var previous = _webhook;
            _webhook = null;
            previous?.Stop();
            if (dropPendingUpdates)
            {
                _pending.Clear();
            }
            // Deliveries still in flight may land too: at-least-once, as with Telegram.
            _pending.ForEach(u => u.ClaimedBy = null);
            _changed.Pulse();
        }
    }

    public (WebhookConfig? Config, Task Changed) CurrentWebhook()
    {
        lock (_gate)
        {
            return (_webhook, _changed.Next);
        }
    }

    public QueuedUpdate? TryClaim(WebhookConfig config, out Task changed)
    {
        lock (_gate)
        {
            changed = _changed.Next;
            if (_webhook != config)
            {
                return null;
            }
            var next = _pending.Find(u => u.ClaimedBy is null);
            if (next is not null)
            {
                next.ClaimedBy = config;
            }
            return next;
        }
    }

    public void Delivered(QueuedUpdate update)
    {
        lock (_gate)
        {
            _pending.Remove(update);
        }
    }

    public void Release(QueuedUpdate update, WebhookConfig config)
    {
        lock (_gate)
        {
            if (update.ClaimedBy == config)
            {
                update.ClaimedBy = null;
                _changed.Pulse();
            }
        }
    }

    public void RecordWebhookError(string message)
    {
        lock (_gate)
        {
            _lastErrorDate = time.GetUtcNow();
            _lastErrorMessage = message;
        }
    }

    public WebhookStatus Status()
    {
        lock (_gate)
        {
            return new WebhookStatus(_webhook?.Url.ToString() ?? "", _pending.Count, _webhook?.MaxConnections,
                _webhook?.AllowedUpdates, _lastErrorDate, _lastErrorMessage);
        }
    }

    private void Add(QueuedUpdate update)
    {
        _pending.Add(update);
        if (update.UpdateId is { } id)
        {
            if (_history.TryAdd(id, update))
            {
                _historyOrder.Enqueue(id);
            }
            while (_historyOrder.Count > options.Value.UpdateHistoryLimit)
            {
                _history.Remove(_historyOrder.Dequeue());
            }
        }
        stats.CountUpdateEmitted();
        _changed.Pulse();
    }

    private void Confirm(long? offset)
    {
        if (offset is not { } value)
        {
            return;
        }
        if (value < 0)
        {
            // A negative offset keeps only the last -offset updates.
            var keep = (int)Math.Min(-value, int.MaxValue);
            if (_pending.Count > keep)
            {
                _pending.RemoveRange(0, _pending.Count - keep);
            }
            return;
        }
        // Only updates the bot has seen are confirmed, so a redelivered copy of an old update still reaches it once.
        _pending.RemoveAll(u => u.HandedOut && (u.UpdateId ?? long.MinValue) < value);
    }
}
