namespace Shop.Ingress;

public enum GateAction
{
    /// <summary>Published to every worker as usual.</summary>
    Publish,
    /// <summary>A blocked user's <c>/request</c>, <c>/start</c> or <c>/help</c>: to the Access worker and nowhere else.</summary>
    SendToAccess,
    /// <summary>Blocked: only the explanation goes back (through the notifier); the update goes nowhere.</summary>
    Answer,
    /// <summary>Who may pass is not known yet: the update is not acknowledged, so Telegram gives it again.</summary>
    Hold,
}
