using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Access.Texts;
using Shop.Contracts.Access;
using Shop.Messaging;

namespace Shop.Access.Requests;

/// <summary>
/// One user's access to a private shop: a <c>/request</c> waits for an owner, who approves or rejects it (with a reason);
/// nobody deciding in time lets it lapse. Owners grant or revoke access at any time. The first decision that fits wins;
/// every change is in the audit trail, told to the user, to every staff alert of the request, and to the gates.
/// </summary>
public sealed class AccessStateMachine : MassTransitStateMachine<AccessState>
{
    readonly AccessNotices _notices;
    readonly TimeProvider _clock;
    readonly TimeSpan _appealWait;

    public AccessStateMachine(IOptions<ShopOptions> shop, IOptions<AccessOptions> access, TimeProvider clock)
    {
        _clock = clock;
        _appealWait = access.Value.AppealWait;
        _notices = new AccessNotices(shop.Value.StaffChats, shop.Value.Owners, access.Value.AppealWait, AccessTexts.For(shop.Value.StaffLanguage));

        InstanceState(s => s.CurrentState);

        Event(() => Requested, e => e.CorrelateById(m => AccessIds.For(m.Message.UserId)));
        Event(() => Decided, e => e.CorrelateById(m => AccessIds.For(m.Message.UserId)));

        Schedule(() => Expiry, s => s.ExpiryTokenId, s =>
        {
            s.Delay = access.Value.RequestExpiry;
            s.Received = r => r.CorrelateById(m => AccessIds.For(m.Message.UserId)).OnMissingInstance(m => m.Discard());
        });

        // In every state the refusals come first: MassTransit runs an event's handlers in order against the instance as the
        // earlier ones left it, so a refusal after a move would judge the new state.
        Initially(
            Refuse().Finalize(),
            File(),
            Move(AccessDecision.Grant, Approved));

        During(Pending,
            NotFile(),
            Refuse(),
            Move(AccessDecision.Approve, Approved),
            Move(AccessDecision.Reject, Rejected),
            Move(AccessDecision.Grant, Approved),
            When(Expiry.Received)
                .Then(c => AccessChanges.Expire(c.Saga, _clock.GetUtcNow()))
                .TransitionTo(Expired)
                .ThenAsync(c => c.PublishAll(_notices.Expired(c.Saga))));

        During(Approved,
            NotFile(),
            Refuse(),
            Move(AccessDecision.Revoke, Revoked),
            Ignore(Expiry.Received));

        // Rejected, lapsed or revoked: a request may be filed again (after the appeal wait, if rejected), or an owner grants access.
        foreach (var state in new[] { Rejected, Expired, Revoked })
            During(state, NotFile(), Refuse(), File(), Move(AccessDecision.Grant, Approved), Ignore(Expiry.Received));

        SetCompletedWhenFinalized();
    }

    public State Pending { get; private set; } = null!;

    public State Approved { get; private set; } = null!;

    public State Rejected { get; private set; } = null!;

    public State Expired { get; private set; } = null!;

    public State Revoked { get; private set; } = null!;

    public Event<RequestAccess> Requested { get; private set; } = null!;

    public Event<DecideAccess> Decided { get; private set; } = null!;

    public Schedule<AccessState, AccessRequestExpired> Expiry { get; private set; } = null!;

    /// <summary>A request that files nothing (one waits, the user has access, the appeal wait is not over) says why.</summary>
    EventActivityBinder<AccessState, RequestAccess> NotFile() =>
        When(Requested, c => Outcome(c.Saga, c.Message) != RequestOutcome.File)
            .ThenAsync(c => c.PublishAll(_notices.NotFiled(c.Saga, c.Message, Outcome(c.Saga, c.Message))));

    /// <summary>A decision that does not fit (not an owner, decided already, an old button) changes nothing and says why.</summary>
    EventActivityBinder<AccessState, DecideAccess> Refuse() =>
        When(Decided, c => !AccessRules.Fits(c.Saga, c.Message, _notices.Owners))
            .ThenAsync(c => c.PublishAll(_notices.Refused(c.Saga, c.Message)));

    /// <summary>Files a request where one may be filed: it waits for a decision until the expiry.</summary>
    EventActivityBinder<AccessState, RequestAccess> File() =>
        When(Requested, c => Outcome(c.Saga, c.Message) == RequestOutcome.File)
            .Then(c => AccessChanges.File(c.Saga, c.Message, _notices.StaffChats))
            .Schedule(Expiry, c => new AccessRequestExpired(c.Saga.UserId))
            .TransitionTo(Pending)
            .ThenAsync(c => c.PublishAll(_notices.Filed(c.Saga)));

    /// <summary>One allowed decision: only when it fits the user now, from an owner, about the current request.</summary>
    EventActivityBinder<AccessState, DecideAccess> Move(AccessDecision decision, State to) =>
        When(Decided, c => c.Message.Decision == decision && AccessRules.Fits(c.Saga, c.Message, _notices.Owners))
            .Then(c => AccessChanges.Decide(c.Saga, c.Message, to.Name))
            .Unschedule(Expiry)
            .TransitionTo(to)
            .ThenAsync(c => c.PublishAll(_notices.Decided(c.Saga, c.Message)));

    RequestOutcome Outcome(AccessState user, RequestAccess request) => AccessRules.OnRequest(user, request.RequestedAt, _appealWait);
}
