namespace Shop.Ingress;

/// <summary>An update from someone the gate cannot judge yet; thrown so the update is not acknowledged and comes again.</summary>
public sealed class AccessNotLoadedException(long updateId)
    : Exception($"Update {updateId} waits: the access list is not loaded yet");
