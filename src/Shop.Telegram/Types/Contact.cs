namespace Shop.Telegram;

/// <summary>A phone contact, as shared by a user through a request_contact button.</summary>
public sealed class Contact
{
    public string PhoneNumber { get; init; } = "";

    public string FirstName { get; init; } = "";

    public string? LastName { get; init; }

    /// <summary>Set when the contact is a Telegram user; equal to the sender's id when they shared their own number.</summary>
    public long? UserId { get; init; }

    public string? Vcard { get; init; }
}
