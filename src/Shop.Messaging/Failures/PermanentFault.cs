namespace Shop.Messaging.Failures;

/// <summary>A fault that trying again cannot fix (the message breaks a rule): it goes to the error queue at once.</summary>
public class PermanentFault(string message, Exception? inner = null) : Exception(message, inner);
