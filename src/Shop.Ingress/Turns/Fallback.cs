namespace Shop.Ingress.Turns;

/// <summary>What the Ingress answers itself when the routing table names no one.</summary>
public enum Fallback
{
    /// <summary>A command no worker answers: pointed to /help, with the home button.</summary>
    UnknownCommand,

    /// <summary>Button data no worker owns (stale or forged): a toast.</summary>
    StaleButton,

    /// <summary><c>/cancel</c> with no conversation open.</summary>
    NothingToCancel,

    /// <summary>Text, a photo or a contact nobody waits for: a customer's goes to the staff, an owner gets the staff menu.</summary>
    StrayInput,
}
