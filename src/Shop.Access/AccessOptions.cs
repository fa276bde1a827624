namespace Shop.Access;

/// <summary>How requests to join a private shop are handled (section <c>Access</c>).</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>How long a rejected user waits before they may ask again (<c>Access__AppealWait</c>).</summary>
    public TimeSpan AppealWait { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a request waits for a decision before it lapses and the user may ask again (<c>Access__RequestExpiry</c>).</summary>
    public TimeSpan RequestExpiry { get; set; } = TimeSpan.FromDays(7);
}
