namespace Shop.Ingress;

/// <summary>What the gate does with one routed update: pass it on, send it to Access alone, answer it, or hold it for later.</summary>
public sealed record GateDecision(GateAction Action, object? Reply = null)
{
    public static readonly GateDecision Publish = new(GateAction.Publish);
    public static readonly GateDecision SendToAccess = new(GateAction.SendToAccess);
    public static readonly GateDecision Hold = new(GateAction.Hold);

    public static GateDecision Answer(object reply) => new(GateAction.Answer, reply);
}
